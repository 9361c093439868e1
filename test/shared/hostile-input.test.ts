import fc from "fast-check";
import { parseBackup, serializeBackup } from "../../shared/backup/backup";
import { buildCharter } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { findBrokenText } from "../../shared/files/read-json";
import { validateWorkshop } from "../../shared/workshop/validate";
import { AT, aFullWorkshop } from "./backup-builders";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const original = JSON.parse(serializeBackup(aFullWorkshop(), { appVersion: "0.1.0", exportedAt: AT })) as Json;

/** Every path into the backup, so mutations can land anywhere, references and ids included. */
function allPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths.push(...allPaths(v, [...prefix, i]));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) paths.push(...allPaths(v, [...prefix, k]));
  }
  return paths;
}
const PATHS = allPaths(original).filter((p) => p.length > 0);

function deepNest(depth: number): Json {
  let v: Json = "bottom";
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const adversarial: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    0,
    -1,
    1e308,
    "",
    "dangling-id",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "\u202eevil\u202c",
    "\u0000\u0007\u001b[31m",
    "half a pair \ud800 here",
    "\udfffbackwards\ud83d",
    "x".repeat(1024 * 1024),
    [],
    {},
    { __proto__: { polluted: true } } as unknown as Json,
  ),
  fc.constantFrom(...["__proto__", "constructor", "prototype"]).map((k) => JSON.parse(`{"${k}": {"polluted": true}}`)),
  fc.integer({ min: 65, max: 300 }).map(deepNest),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

function mutate(doc: Json, path: (string | number)[], value: Json, mode: "replace" | "delete"): Json {
  const copy = structuredClone(doc) as Json;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (mode === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

describe("hostile backups thrown at import", () => {
  it("never crash, never pollute prototypes, and either validate fully or name a problem and its JSON path", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        adversarial,
        fc.constantFrom<"replace" | "delete">("replace", "delete"),
        (path, value, mode) => {
          const text = JSON.stringify(mutate(original, path, value, mode));
          const result = parseBackup(text, { fileName: "hostile.json" });
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          if (result.ok) {
            expect(validateWorkshop(result.value).ok).toBe(true);
            // Accepted means usable: it hashes, and exports as a charter a reader accepts whole.
            expect(findBrokenText(result.value)).toBeNull();
            expect(contentHash(buildCharter(result.value))).toMatch(/^sha256:[0-9a-f]{64}$/);
          } else {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) {
              expect(problem.path).toMatch(/^\$/);
              expect(problem.message.trim()).not.toBe("");
            }
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("keeps adversarial markup verbatim as data", () => {
    const sneaky = "<img src=x onerror=alert(1)> <script>evil()</script>";
    const w = aFullWorkshop();
    const text = serializeBackup(
      { ...w, details: { ...w.details, title: sneaky } },
      { appVersion: "0.1.0", exportedAt: AT },
    );
    const result = parseBackup(text, { fileName: "x.json" });
    expect(result.ok && result.value.details.title).toBe(sneaky);
  });
});
