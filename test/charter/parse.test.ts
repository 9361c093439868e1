import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { buildCharterFile, serializeCharterFile } from "../../shared/charter/build";
import { parseCharterFile } from "../../shared/charter/parse";
import { expectOk, expectRefused } from "../builders";
import type { Editable } from "../shared/backup-builders";
import { aBackupText } from "../shared/backup-builders";
import { aSignedWorkshop, INFO } from "./charter-builders";

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateWithSchema = ajv.compile(JSON.parse(readFileSync("schema/accord-charter-1.schema.json", "utf8")));

let text: string;
beforeAll(async () => {
  text = serializeCharterFile(expectOk(await buildCharterFile(await aSignedWorkshop(), INFO)));
});

const broken = (breakIt: (file: Editable) => void) => {
  const file = JSON.parse(text);
  breakIt(file);
  return JSON.stringify(file);
};

describe("opening a charter file", () => {
  it("opens a charter Accord wrote, intact", async () => {
    const opened = expectOk(await parseCharterFile(text));
    expect(opened.intact).toBe(true);
    expect(opened.file.charter.title).toBe("Acme Revenue Alignment Charter");
  });

  it("still opens a tampered signed charter, marked not intact, so it can be read", async () => {
    const opened = expectOk(await parseCharterFile(broken((f) => (f.charter.title += "!"))));
    expect(opened.intact).toBe(false);
    expect(opened.firstMismatch?.path).toBe("$.signOff.contentHash");
  });

  it("accepts fields a later format 1 may add, and counts them as signed content", async () => {
    const opened = expectOk(await parseCharterFile(broken((f) => (f.charter.stages[0].colour = "teal"))));
    expect(opened.intact).toBe(false);
    const untouched = expectOk(await parseCharterFile(broken((f) => (f.layout.zoom = 2))));
    expect(untouched.intact).toBe(true);
  });
});

/** Files that are wrong in one way each, the path Accord must name, and what it must say. */
const BAD_FILES: [string, () => string, string, RegExp, { schemaRejects: boolean }][] = [
  ["empty", () => "  \n", "$", /is empty/, { schemaRejects: false }],
  [
    "not JSON",
    () => "{ format: accord }",
    "$",
    /not valid JSON: unexpected "f" at line 1, column 3/,
    { schemaRejects: false },
  ],
  ["cut short", () => text.slice(0, 200), "$", /ends too early/, { schemaRejects: false }],
  ["a list, not an object", () => "[1,2]", "$", /holds a list/, { schemaRejects: true }],
  ["a workshop backup", () => aBackupText(), "$", /is a workshop backup, not a charter/, { schemaRejects: true }],
  [
    "another format",
    () => broken((f) => (f.format = "acme.plan")),
    "$.format",
    /"acme.plan", not "accord.charter"/,
    { schemaRejects: true },
  ],
  ["no format", () => broken((f) => delete f.format), "$.format", /is missing/, { schemaRejects: true }],
  [
    "an unknown version",
    () => broken((f) => (f.formatVersion = 2)),
    "$.formatVersion",
    /newer Accord/,
    { schemaRejects: true },
  ],
  [
    "a version as text",
    () => broken((f) => (f.formatVersion = "1")),
    "$.formatVersion",
    /whole number/,
    { schemaRejects: true },
  ],
  [
    "a number where text goes",
    () => broken((f) => (f.charter.stages[1].name = 7)),
    "$.charter.stages[1].name",
    /must be a string, got a number/,
    { schemaRejects: true },
  ],
  [
    "a missing field",
    () => broken((f) => delete f.charter.terms[0].status),
    "$.charter.terms[0].status",
    /is missing/,
    { schemaRejects: true },
  ],
  [
    "an unknown status",
    () => broken((f) => (f.charter.terms[0].status = "done")),
    "$.charter.terms[0].status",
    /must be one of "open"/,
    { schemaRejects: true },
  ],
  [
    "a zero SLA",
    () => broken((f) => (f.charter.transitions[0].sla.within = 0)),
    "$.charter.transitions[0].sla.within",
    /more than 0/,
    { schemaRejects: true },
  ],
  [
    "a date with no zone",
    () => broken((f) => (f.exportedAt = "2026-11-22T14:05:00")),
    "$.exportedAt",
    /a time like/,
    { schemaRejects: true },
  ],
  [
    "a bad hash",
    () => broken((f) => (f.signOff.contentHash = "md5:abc")),
    "$.signOff.contentHash",
    /sha256/,
    { schemaRejects: true },
  ],
  [
    "a transition to nowhere",
    () => broken((f) => (f.charter.transitions[0].to = "s-gone")),
    "$.charter.transitions[0].to",
    /refers to stage "s-gone"/,
    { schemaRejects: false },
  ],
  [
    "a stranger's signature",
    () => broken((f) => (f.signOff.signatures[0].participantId = "p-x")),
    "$.signOff.signatures[0].participantId",
    /participant "p-x"/,
    { schemaRejects: false },
  ],
  [
    "a repeated id",
    () => broken((f) => (f.charter.terms[1].id = f.charter.terms[0].id)),
    "$.charter.terms[1].id",
    /repeats the id/,
    { schemaRejects: false },
  ],
  [
    "a prototype key",
    () => text.replace('"charter": {', '"charter": {"__proto__": {"x": 1},'),
    "$.charter.__proto__",
    /tampered/,
    { schemaRejects: false },
  ],
  [
    "a lone surrogate",
    () => text.replace('"Acme Revenue', '"\\ud800Acme Revenue'),
    "$.charter.title",
    /broken character/,
    { schemaRejects: false },
  ],
];

describe.each(BAD_FILES)("refusing a charter file that is %s", (_, make, path, message, { schemaRejects }) => {
  it(`names ${path}`, async () => {
    const problems = expectRefused(await parseCharterFile(make()));
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toMatch(message);
  });

  if (schemaRejects) {
    it("is refused by the published JSON Schema too", () => {
      expect(validateWithSchema(JSON.parse(make()))).toBe(false);
    });
  }
});

describe("absurd sizes", () => {
  it("refuses a file over the size limit before parsing it", async () => {
    const problems = expectRefused(await parseCharterFile(text, { maxBytes: 1000 }));
    expect(problems[0]).toEqual({
      path: "$",
      message: expect.stringMatching(/^is \d+(\.\d)? KiB; the largest file Accord opens is 1000 bytes$/),
    });
  });

  it("refuses nesting no charter has", async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const problems = expectRefused(
      await parseCharterFile(broken((f) => (f.charter.extra = "DEEP")).replace('"DEEP"', deep)),
    );
    expect(problems[0]?.message).toMatch(/nested more than 64 levels/);
  });
});
