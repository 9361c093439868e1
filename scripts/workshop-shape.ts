// Writes shared/workshop/shape.generated.js: the quick check of a whole
// workshop (see shared/workshop/shape.ts), compiled ahead of time from the
// zod schema, so the app runs it without eval under its content security
// policy. `npm run gen:shape` after changing shared/workshop/model.ts; a test
// fails while the file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone";
import { z } from "zod";
import { CHECKED_APART } from "../shared/workshop/apart";
import { WorkshopSchema } from "../shared/workshop/model";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SHAPE_MODULE = join(root, "shared/workshop/shape.generated.js");

type JsonSchema = Record<string, unknown>;

interface ZodNode {
  _zod: {
    def: {
      type: string;
      coerce?: boolean;
      checks?: { _zod: { def: { check: string } } }[];
      shape?: Record<string, ZodNode>;
      element?: ZodNode;
      innerType?: ZodNode;
      options?: ZodNode[];
      keyType?: ZodNode;
      valueType?: ZodNode;
    };
  };
}

/**
 * The only types and checks this script compiles: each either holds a value
 * as it is or refuses it. A schema that changes what it takes (a default, a
 * transform, a pipe, coercion, trim or lower case) would have the JSON
 * Schema pass a document zod hands back changed, so any other stops it.
 */
const KEPT_TYPES = new Set([
  ...["string", "number", "boolean", "null", "literal", "enum", "unknown"],
  ...["object", "array", "nullable", "optional", "union", "record"],
]);
const KEPT_CHECKS = new Set([
  "custom",
  "min_length",
  "max_length",
  "length_equals",
  "string_format",
  "number_format",
  "greater_than",
  "less_than",
  "multiple_of",
]);

/**
 * Walks each schema `schema` is made of, where it is used: zod's JSON Schema
 * export leaves refinements out without a word, so each refined one must say
 * how it reads there (its "x-refined" mirror), or this throws. Returns the
 * "apart:" names met.
 */
export function refinementsApart(schema: unknown): Set<string> {
  const apart = new Set<string>();
  mirroredRefinements(schema as ZodNode, "$", apart);
  return apart;
}

function mirroredRefinements(node: ZodNode, path: string, apart: Set<string>): void {
  const def = node._zod.def;
  if (!KEPT_TYPES.has(def.type) || def.coerce) {
    throw new Error(
      `workshop-shape: a ${def.coerce ? "coercing " : ""}${def.type} schema at ${path} may change what it takes`,
    );
  }
  const changing = (def.checks ?? []).find((c) => !KEPT_CHECKS.has(c._zod.def.check));
  if (changing)
    throw new Error(`workshop-shape: a ${changing._zod.def.check} check at ${path} may change what it takes`);
  const refined = (def.checks ?? []).some((c) => c._zod.def.check === "custom");
  const mirror = (z.globalRegistry.get(node as never) as Record<string, unknown> | undefined)?.["x-refined"];
  if (refined && typeof mirror !== "string") {
    throw new Error(
      `workshop-shape: the refinement at ${path} has no mirror; give its schema .meta(refinedAs(…)) in shared/workshop/model.ts`,
    );
  }
  if (typeof mirror === "string" && mirror.startsWith("apart:")) apart.add(mirror.slice("apart:".length));
  const inner: [string, ZodNode | undefined][] = [
    ...Object.entries(def.shape ?? {}).map(([k, v]): [string, ZodNode] => [`${path}.${k}`, v]),
    [`${path}[]`, def.element],
    [path, def.innerType],
    ...(def.options ?? []).map((o, i): [string, ZodNode] => [`${path}|${i}`, o]),
    [`${path}{key}`, def.keyType],
    [`${path}{}`, def.valueType],
  ];
  for (const [at, child] of inner) if (child) mirroredRefinements(child, at, apart);
}

/**
 * The workshop's JSON Schema, as strict as zod's or stricter: each object
 * closed to fields it does not name (zod drops those, so a document holding
 * any is left to zod), and each refinement present as its mirror (see
 * refinedAs in model.ts). A refinement without one stops the build here
 * rather than letting the quick check pass what zod refuses.
 */
export function workshopJsonSchema(): JsonSchema {
  const apart = refinementsApart(WorkshopSchema);
  const expected = [...CHECKED_APART].sort().join(", ");
  if ([...apart].sort().join(", ") !== expected) {
    throw new Error(
      `workshop-shape: the schema checks apart ${[...apart].sort().join(", ") || "nothing"}, shared/workshop/apart.ts checks ${expected}`,
    );
  }
  return closeAndClean(z.toJSONSchema(WorkshopSchema, { io: "input", unrepresentable: "throw", reused: "ref" }));
}

/** Every object with named properties closed to others, and the x-refined markers (read above) taken out. */
function closeAndClean(node: unknown): JsonSchema {
  if (Array.isArray(node)) return node.map(closeAndClean) as unknown as JsonSchema;
  if (typeof node !== "object" || node === null) return node as JsonSchema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "x-refined" || key === "$schema") continue;
    // Values under these keys are schemas (or maps and lists of them); under "const" and "enum", data.
    out[key] = key === "const" || key === "enum" ? value : closeAndClean(value);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** The compiled check as an ES module: no eval, no ajv at run time. */
export function workshopShapeModule(): string {
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: false },
    // Lengths in UTF-16 units, counted without a loop over each character: never more lenient than zod's count.
    unicode: false,
    strict: true,
    allErrors: false,
    messages: false,
    validateFormats: false,
  });
  const validate = ajv.compile(workshopJsonSchema());
  const code = standaloneCode(ajv, validate);
  if (/\brequire\(/.test(code)) throw new Error("workshop-shape: the compiled check needs ajv at run time");
  return `// Generated by scripts/workshop-shape.ts from shared/workshop/model.ts: do not edit.\n// @ts-nocheck\n${code}`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const code = workshopShapeModule();
  const before = (() => {
    try {
      return readFileSync(SHAPE_MODULE, "utf8");
    } catch {
      return "";
    }
  })();
  writeFileSync(SHAPE_MODULE, code);
  console.log(before === code ? "shape.generated.js is up to date" : "shape.generated.js written");
}
