import { readFileSync } from "node:fs";
import { z } from "zod";
import { refinementsApart, SHAPE_MODULE, workshopShapeModule } from "../../scripts/workshop-shape";
import { refinedAs } from "../../shared/workshop/model";

describe("the quick check compiled from the workshop schema", () => {
  it("is the one the schema compiles to today (npm run gen:shape writes it)", () => {
    expect(readFileSync(SHAPE_MODULE, "utf8") === workshopShapeModule()).toBe(true);
  });

  it("needs nothing of ajv, and no eval, at run time", () => {
    const code = readFileSync(SHAPE_MODULE, "utf8");
    expect(code).not.toMatch(/\brequire\(|\bnew Function\b|\beval\(/);
  });

  it("refuses to compile a refinement that does not say how it reads in JSON Schema", () => {
    const bare = z.object({ teams: z.array(z.object({ name: z.string().refine((s) => s !== "x") })) });
    expect(() => refinementsApart(bare)).toThrow(/refinement at \$\.teams\[\]\.name has no mirror/);
  });

  it.each([
    ["a trimmed text", z.object({ name: z.string().trim() }), /overwrite check at \$\.name/],
    ["a default", z.object({ name: z.string().default("x") }), /default schema at \$\.name/],
    ["a transform", z.object({ name: z.string().transform((s) => s.toUpperCase()) }), /pipe schema at \$\.name/],
    ["a coerced number", z.object({ n: z.coerce.number() }), /coercing number schema at \$\.n/],
  ])("refuses to compile %s, which zod would hand back changed", (_, schema, message) => {
    expect(() => refinementsApart(schema)).toThrow(message);
  });

  it("names the refinements checked apart, wherever they sit", () => {
    const mirrored = z.object({
      when: z
        .object({ day: z.string() })
        .superRefine(() => undefined)
        .meta(refinedAs({ "x-refined": "apart:when" }))
        .nullable(),
      name: z
        .string()
        .refine((s) => s !== "x")
        .meta(refinedAs({ maxLength: 5, "x-refined": "text" })),
    });
    expect([...refinementsApart(mirrored)]).toEqual(["when"]);
  });
});
