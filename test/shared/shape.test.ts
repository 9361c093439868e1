import { parseBackup, serializeBackup } from "../../shared/backup/backup";
import { buildCharter } from "../../shared/charter/build";
import { openDocument } from "../../shared/contract";
import { LIMITS, type Workshop, WorkshopSchema } from "../../shared/workshop/model";
import { fitsWorkshop, loadQuickCheck } from "../../shared/workshop/shape";
import { jsonTextsWholeAndVisible } from "../../shared/workshop/text";
import { validateWorkshop } from "../../shared/workshop/validate";
import { aWorkshop, expectOk, TINY_PNG } from "../builders";
import { aReadyWorkshop, aSignedWorkshop, INFO } from "../charter/charter-builders";
import { aDealsWorkshop, aMappedWorkshop } from "../crm/pack-builders";

/** Workshops of every kind the app makes: blank, mapped, ready, signed (drawn too), with an earlier version kept. */
async function corpus(): Promise<[string, Workshop][]> {
  const ready = aReadyWorkshop();
  const drawn = await aSignedWorkshop(ready, () => ({ method: "drawn", image: TINY_PNG, device: "iPhone, Safari" }));
  const earlier = {
    version: 1,
    contentHash: drawn.signOff.signatures[0]?.contentHash ?? "",
    charter: buildCharter(drawn),
  };
  return [
    ["a new workshop", aWorkshop()],
    ["a mapped journey", aMappedWorkshop("demand-waterfall")],
    ["deals in the CRM", aDealsWorkshop()],
    ["ready to sign", ready],
    ["signed, drawn on a phone", drawn],
    ["the next version", { ...drawn, signOff: { ...drawn.signOff, version: 2, history: [earlier] } }],
  ];
}

const copy = <T>(value: T): T => structuredClone(value);

describe("the quick check of a whole workshop", () => {
  beforeAll(() => loadQuickCheck());

  it("takes every kind of workshop the app makes, as zod would keep it", async () => {
    for (const [what, workshop] of await corpus()) {
      const zod = WorkshopSchema.safeParse(copy(workshop));
      expect(zod.success, what).toBe(true);
      const owned = copy(workshop);
      expect(fitsWorkshop(owned), what).toBe(true);
      const valid = expectOk(validateWorkshop(owned, "$", { owned: true }));
      expect(valid, what).toBe(owned);
      expect(valid, what).toStrictEqual(zod.data);
    }
  });

  it("never takes a document zod refuses or would change, whatever is broken where", async () => {
    let refused = 0;
    let cases = 0;
    for (const [what, workshop] of await corpus()) {
      for (const path of pathsIn(workshop)) {
        for (const broken of breakingsOf(valueAt(workshop, path))) {
          const doc = withAt(workshop, path, broken);
          cases++;
          if (!fitsWorkshop(doc)) {
            refused++;
            continue;
          }
          const zod = WorkshopSchema.safeParse(copy(doc));
          const where = `${what} at $.${path.join(".")} set to ${JSON.stringify(broken)?.slice(0, 60)}`;
          expect(zod.success, where).toBe(true);
          expect(zod.data, where).toStrictEqual(doc);
        }
      }
    }
    // Most breakings break: a check that took them all would pass the loop above only by accident.
    expect(cases).toBeGreaterThan(5000);
    expect(refused / cases).toBeGreaterThan(0.5);
  }, 120_000);

  it("leaves a document with a field Accord does not know to zod, which drops it from a copy", () => {
    const workshop = aWorkshop();
    const owned = { ...copy(workshop), fromANewerAccord: true };
    expect(fitsWorkshop(owned)).toBe(false);
    const valid = expectOk(validateWorkshop(owned, "$", { owned: true }));
    expect(valid).not.toBe(owned);
    expect("fromANewerAccord" in valid).toBe(false);
    expect(owned.fromANewerAccord).toBe(true);
  });

  it("checks each text again after an upgrade, whatever was known of the file's texts before it", () => {
    const w = aWorkshop();
    const term = {
      ...(w.terms[0] ?? aReadyWorkshop().terms[0]),
      teamDefinitions: { [w.teams[0]?.id as string]: "Fit\u202e" },
    };
    // As Accord wrote it at schema 7, before the CRM rules were agreed like terms.
    const { crmAgreement: _, ...rest } = { ...w, terms: [term], schemaVersion: 7 };
    const opened = openDocument(copy(rest), "$", { owned: true, textsChecked: true });
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.problems[0]?.message).toContain("U+202E");
  });

  it("copies a document the caller keeps, even one it would take whole", () => {
    const workshop = aWorkshop();
    const valid = expectOk(validateWorkshop(workshop));
    expect(valid).not.toBe(workshop);
    expect(valid).toStrictEqual(workshop);
  });
});

describe("the texts of a JSON file, checked in one scan", () => {
  it("passes the wider characters a workshop holds", () => {
    expect(jsonTextsWholeAndVisible(JSON.stringify({ t: "Łódź’s “MQL” 🚀 São Paulo\n\ttab" }))).toBe(true);
  });

  it.each([
    ["an escaped control character", '{"t":"a\\u0007b"}'],
    ["an escaped right-to-left override", '{"t":"Charter\\u202efdp.exe"}'],
    ["an escaped half of a surrogate pair", '{"t":"\\ud800"}'],
    ["a backspace escape", '{"t":"a\\bb"}'],
    ["a form feed escape", '{"t":"a\\fb"}'],
    ["a raw right-to-left override", '{"t":"Charter\u202efdp.exe"}'],
    ["a raw C1 control", '{"t":"a\u0085b"}'],
    ["a raw delete", '{"t":"a\u007fb"}'],
    ["a raw half of a surrogate pair", '{"t":"a\ud800b"}'],
  ])("leaves a text with %s to the check of each string", (_, json) => {
    expect(jsonTextsWholeAndVisible(json)).toBe(false);
  });

  it("still refuses a backup whose definition hides a right-to-left override, saying where", () => {
    const w = aReadyWorkshop();
    const term = w.terms[0] as Workshop["terms"][number];
    const team = w.teams[0]?.id as string;
    const hostile = { ...w, terms: [{ ...term, teamDefinitions: { ...term.teamDefinitions, [team]: "Fit\u202e" } }] };
    for (const text of [serializeBackup(hostile, INFO), serializeBackup(hostile, INFO).replace("\u202e", "\\u202e")]) {
      const read = parseBackup(text);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.problems[0]).toMatchObject({
        path: `$.workshop.terms[0].teamDefinitions["${team}"]`,
        message: expect.stringContaining("U+202E"),
      });
    }
  });
});

type Path = (string | number)[];

function* pathsIn(value: unknown, path: Path = []): Generator<Path> {
  if (path.length > 0) yield path;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* pathsIn(value[i], [...path, i]);
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) yield* pathsIn(v, [...path, k]);
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

const GONE = Symbol("gone");

/** A copy with the value at `path` replaced, or taken away (GONE). */
function withAt(root: Workshop, path: Path, value: unknown): Workshop {
  const doc = copy(root);
  const parent = valueAt(doc, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path.at(-1) as string | number;
  if (value === GONE) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = value;
  return doc;
}

/** Ways to break a value: wrong types, out of range, too long, invisible or broken characters, fields added or lost. */
function breakingsOf(value: unknown): unknown[] {
  const always = [GONE, null, 0, -1, 1.5, 1e12, "", "x", true, [], {}];
  if (typeof value === "string") {
    return [
      ...always,
      `${value}\u202e`,
      `${value}\u0007`,
      `\ud800${value}`,
      `${value}\u0085`,
      "a".repeat(LIMITS.text + 1),
      "a".repeat(LIMITS.idLength + 1),
      `${value}x`,
      `crm-rule:${value}`,
      "2026-02-30",
      "25:00",
      "#12345g",
    ];
  }
  if (typeof value === "number") return [...always, value + 1, -value, value * 1000, Number.NaN, "1"];
  if (Array.isArray(value)) return [...always, [...value, value[0]], [...value, 42], value.slice(1)];
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value);
    return [...always, { ...value, unknownField: 1 }, ...keys.map((k) => ({ ...value, [k]: undefined }))];
  }
  return always;
}
