import { createPrivateKey, createPublicKey } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { buildCharterFile } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { CHARTER_LIMITS, type CharterFile } from "../../shared/charter/format";
import { keyFingerprint, type SealKeys, sealCharterFile } from "../../shared/charter/seal";
import { MAX_FILE_BYTES } from "../../shared/files/kinds";
import { expectOk } from "../builders";
import { aReadyWorkshop, aSignedWorkshop, INFO } from "./charter-builders";

/**
 * The corpus every charter reader is held to (test/charter/fixtures.test.ts):
 * the app, `accord validate`/`verify --json`, the JSON schema and the
 * Python verifier written from the docs must each reach the verdict stated
 * here, which is written by hand from docs/charter-format.md, never computed.
 */
export type KeyName = "A" | "B";

export interface Expected {
  valid: boolean;
  intact: boolean | null;
  sealed: boolean | null;
  key: KeyName | null;
  /** The path of the problem a reader must name (the first one, for Accord). */
  path?: string;
}

export interface CharterCase {
  name: string;
  bytes: Uint8Array;
  expect: Expected;
  /** The schema alone can judge it (false: a rule only the docs state, or not JSON at all). */
  schema: boolean;
}

export const HAND_WRITTEN = new URL("../fixtures/charters/hand-written.charter.json", import.meta.url);

const PKCS8_ED25519 = Buffer.from("302e020100300506032b657004220420", "hex");

/** Two fixed installations' keys, so fixtures are the same on every run. */
export async function fixtureKeys(): Promise<Record<KeyName, SealKeys & { fingerprint: string }>> {
  const make = async (first: number) => {
    const der = Buffer.concat([PKCS8_ED25519, Buffer.from(Array.from({ length: 32 }, (_, i) => first + i))]);
    const spki = createPublicKey(createPrivateKey({ key: der, format: "der", type: "pkcs8" })).export({
      format: "der",
      type: "spki",
    });
    const publicKey = new Uint8Array(spki.subarray(spki.length - 32));
    const privateKey = await crypto.subtle.importKey("pkcs8", der, { name: "Ed25519" }, false, ["sign"]);
    return { privateKey, publicKey, fingerprint: keyFingerprint(publicKey) };
  };
  return { A: await make(1), B: await make(101) };
}

type Json = ReturnType<typeof JSON.parse>;
const utf8 = (text: string) => new TextEncoder().encode(text);
const textOf = (file: unknown) => `${JSON.stringify(file, null, 2)}\n`;
const clone = (file: CharterFile): Json => JSON.parse(JSON.stringify(file));

/** What a forger does after editing: recompute the hash, and every signature's claim. */
function rehash(file: Json, { signatures = true } = {}): Json {
  const hash = contentHash(file.charter);
  file.signOff.contentHash = hash;
  if (signatures) for (const s of file.signOff.signatures) s.contentHash = hash;
  return file;
}

/** The file as format 1.3 writes it: 1.4's CRM rule statuses and its marker gone. */
function asOneThree(f: Json): void {
  f.formatMinor = 3;
  delete f.charter.crmAgreement;
}

/** The file as format 1.2 writes it: 1.3's due dates and 1.4's statuses, and their marker, gone. */
function asOneTwo(f: Json): void {
  asOneThree(f);
  f.formatMinor = 2;
  for (const item of f.charter.openItems) delete item.due;
}

/** The file as format 1.1 writes it: 1.2's CRM set-up and what 1.3 and 1.4 added, and their marker, gone. */
function asOneOne(f: Json): void {
  asOneTwo(f);
  f.formatMinor = 1;
  delete f.charter.crmRules;
  for (const stage of f.charter.stages) delete stage.crm.setup;
  for (const t of f.charter.transitions) delete t.followUp;
}

/** Inserts `insert` right after the first occurrence of `anchor` in the text. */
function after(text: string, anchor: string, insert: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`fixture: no ${anchor} in the text`);
  return text.slice(0, at + anchor.length) + insert + text.slice(at + anchor.length);
}

const nested = (levels: number): unknown => (levels === 0 ? 0 : [nested(levels - 1)]);

const LIST_PATHS = [
  ["participants", "$.charter.participants"],
  ["stages", "$.charter.stages"],
  ["transitions", "$.charter.transitions"],
  ["terms", "$.charter.terms"],
  ["kpis", "$.charter.kpis"],
  ["feedbackLoop", "$.charter.feedbackLoop"],
  ["decisions", "$.charter.decisions"],
  ["openItems", "$.charter.openItems"],
  ["signatures", "$.signOff.signatures"],
] as const;
type ListName = (typeof LIST_PATHS)[number][0];

const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

/**
 * Every list of the charter at its documented limit (over = 0), or one list
 * one past it. Participants all sign, so signatures reach their limit too.
 */
function atListLimits(over: 0 | 1, only?: ListName) {
  const L = CHARTER_LIMITS;
  const size = (list: ListName, limit: number) => (only === undefined ? limit : only === list ? limit + over : -1);
  return (f: Json) => {
    const c = f.charter;
    const grow = (list: ListName, limit: number, items: Json[], make: (i: number) => Json) => {
      const n = size(list, limit);
      return n < 0 ? items : [...items, ...many(n - items.length, (i) => make(items.length + i))];
    };
    const people = size("participants", L.participants);
    if (people >= 0) {
      c.participants = many(people, (i) => ({
        id: `many-p-${i}`,
        name: `Person ${i}`,
        role: "Rep",
        teamId: i % 2 === 0 ? "w-1" : "w-2",
        signatory: true,
      }));
      f.signOff.signatures = c.participants.slice(0, L.signatures).map((p: Json) => ({
        ...f.signOff.signatures[0],
        participantId: p.id,
        name: p.name,
        role: p.role,
        teamId: p.teamId,
      }));
    }
    if (only === "signatures") f.signOff.signatures = many(L.signatures + 1, () => f.signOff.signatures[0]);
    const stage = (i: number) => ({
      ...c.stages[1],
      id: `many-s-${i}`,
      name: `Stage ${i}`,
      definition: "",
      entryCriteria: [],
      exitCriteria: [],
    });
    const before = c.stages.length;
    c.stages = grow("stages", L.stages, c.stages, stage);
    // Each stage has its term: a stage no term names counts as one against the limit on terms.
    const stageTerms = c.stages.slice(before).map((st: Json) => ({
      ...c.terms[1],
      id: `many-st-${st.id}`,
      term: st.name,
      stageId: st.id,
      status: "open",
      definition: "",
      teamDefinitions: [],
    }));
    if (only === undefined || only === "terms") c.terms = [...c.terms, ...stageTerms];
    c.transitions = grow("transitions", L.transitions, c.transitions, (i) => ({
      ...c.transitions[0],
      id: `many-x-${i}`,
    }));
    c.terms = grow("terms", L.terms, c.terms, (i) => ({
      ...c.terms[1],
      id: `many-t-${i}`,
      term: `Term ${i}`,
      status: "open",
      definition: "",
      teamDefinitions: [],
    }));
    c.kpis = grow("kpis", L.kpis, c.kpis, (i) => ({ ...c.kpis[0], id: `many-k-${i}` }));
    c.feedbackLoop = grow("feedbackLoop", L.feedbackLoop, c.feedbackLoop, (i) => ({
      ...c.feedbackLoop[0],
      id: `many-f-${i}`,
    }));
    c.decisions = grow("decisions", L.decisions, c.decisions, (i) => ({ ...c.decisions[0], id: `many-d-${i}` }));
    c.openItems = grow("openItems", L.openItems, c.openItems, (i) => ({ ...c.openItems[0], id: `many-o-${i}` }));
  };
}

/** A drawn first signature: a PNG header saying `side` pixels a side, padded to `base64Length` characters of base64. */
function drawnImage(base64Length: number, side: number) {
  const bytes = new Uint8Array((base64Length / 4) * 3);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, side);
  new DataView(bytes.buffer).setUint32(20, 1);
  const image = `data:image/png;base64,${Buffer.from(bytes).toString("base64")}`;
  return (f: Json) => Object.assign(f.signOff.signatures[0], { method: "drawn", image });
}

/** The file padded, outside the signed and sealed parts, to exactly `bytes` bytes. */
async function padded(file: Json, bytes: number): Promise<Uint8Array> {
  const empty = utf8(textOf({ ...file, "x-padding": "" })).length;
  return utf8(textOf({ ...file, "x-padding": "x".repeat(bytes - empty) }));
}

/**
 * Every case, with its verdict stated by hand. Among them a 1.1 file carrying
 * 1.2's fields, a 1.2 file carrying 1.3's dates, a 1.3 file carrying 1.4's
 * rule statuses and a file with fields no revision defines: every reader finds them valid and intact, the workshop
 * acts on none of those fields, and exporting them again still writes the
 * charter as it came (the round trip in fixtures.test.ts).
 */
export async function charterCases(): Promise<CharterCase[]> {
  const keys = await fixtureKeys();
  const signed = expectOk(await buildCharterFile(await aSignedWorkshop(), INFO));
  const draft = expectOk(await buildCharterFile(aReadyWorkshop(), INFO));
  const seal = async (file: Json, key: KeyName = "A"): Promise<Json> =>
    clone(await sealCharterFile(file as CharterFile, keys[key]));
  const sealedA = await seal(clone(signed));
  const sealedText = textOf(sealedA);
  const cases: CharterCase[] = [];
  const add = (name: string, content: string | Uint8Array | Json, expect: Expected, schema = true) => {
    const bytes =
      content instanceof Uint8Array ? content : utf8(typeof content === "string" ? content : textOf(content));
    cases.push({ name, bytes, expect, schema });
  };
  const fine = (key: KeyName | null): Expected => ({ valid: true, intact: true, sealed: key !== null, key });
  const invalid = (path: string): Expected => ({ valid: false, intact: null, sealed: null, key: null, path });
  const broken = (path: string): Expected => ({ valid: true, intact: false, sealed: false, key: null, path });
  /** The signed, sealed file after `edit`, sealed again by A unless told otherwise. */
  const edited = async (edit: (f: Json) => void, { reseal = true } = {}): Promise<Json> => {
    const file = clone(signed);
    edit(file);
    rehash(file);
    return reseal ? seal(file) : file;
  };
  /** Refused by a rule only the docs state (the schema cannot judge it), at `path`. */
  const byRule = async (name: string, edit: (f: Json) => void, path: string) =>
    add(name, await edited(edit), invalid(path), false);

  // Valid and intact.
  add("signed-sealed", sealedA, fine("A"));
  add("signed-unsealed", clone(signed), fine(null));
  add("draft-unsealed", clone(draft), fine(null));
  add("byte-order-mark", `\uFEFF${sealedText}`, fine("A"));
  add("resealed-other-key", await seal(clone(signed), "B"), fine("B"));
  // The leak a seal closes: without one, an edit with its hash recomputed reads as intact.
  add(
    "recomputed-hash-unsealed",
    await edited((f) => (f.charter.title = "Acme Charter (forged)"), { reseal: false }),
    fine(null),
  );
  add(
    "limits-just-inside",
    await edited((f) => {
      const c = f.charter;
      c.id = "😀".repeat(200);
      c.title = `é${"😀".repeat(499)}`;
      c.stages[0].entryCriteria = Array.from({ length: 200 }, (_, i) => `Criterion ${i + 1}`);
      c.transitions[0].trigger = "x".repeat(100_000);
      c.transitions[0].sla = { within: 100_000, unit: "minutes" };
      for (let i = 3; i <= 6; i++) c.teams.push({ id: `w-${i}`, name: `Team ${i}` });
      f.layout.stages["s-mql"].x = 9_007_199_254_740_991;
      f.layout.stages["s-gone"] = { x: 1, y: 2 };
      // The file's object is level 1, so 63 arrays make 64 levels.
      f["x-note"] = nested(63);
    }),
    fine("A"),
  );
  // A stage no term names (another tool wrote it): its own words are the agreed ones, or it has none yet.
  add("stage-without-term", await edited((f) => f.charter.terms.splice(2, 1)), fine("A"));
  add(
    "stage-without-term-or-words",
    await edited((f) => {
      f.charter.terms.splice(2, 1);
      Object.assign(f.charter.stages[1], { definition: "", entryCriteria: [], exitCriteria: [] });
    }),
    fine("A"),
  );
  // Ids another tool may well use that are names on Object.prototype: ordinary ids all the same.
  add(
    "prototype-names-as-ids",
    await edited((f) => {
      f.charter.teams.push({ id: "toString", name: "Partners" });
      f.charter.stages.push({
        ...f.charter.stages[1],
        id: "valueOf",
        name: "Nurture",
        definition: "",
        entryCriteria: [],
        exitCriteria: [],
      });
    }),
    fine("A"),
  );
  add("list-limits-just-inside", await edited(atListLimits(0)), fine("A"));
  add("image-just-inside", await edited(drawnImage(1_999_976, 4096)), fine("A"));
  add("file-size-just-inside", await padded(sealedA, MAX_FILE_BYTES), fine("A"));
  if (existsSync(HAND_WRITTEN)) add("hand-written", new Uint8Array(readFileSync(HAND_WRITTEN)), fine(null));

  // Refused while reading the bytes.
  const title = sealedText.indexOf('"title": "') + '"title": "'.length;
  const raw = utf8(sealedText.slice(0, title));
  const withBytes = (...bytes: number[]) =>
    new Uint8Array([...raw, ...bytes, ...utf8(sealedText.slice(title))]) as Uint8Array;
  add("invalid-utf8", withBytes(0xff), invalid("$"), false);
  add("overlong-utf8", withBytes(0xc0, 0xaf), invalid("$"), false);
  add("encoded-surrogate-utf8", withBytes(0xed, 0xa0, 0x80), invalid("$"), false);
  add("empty", "", invalid("$"), false);
  add("comment", `// exported by hand\n${sealedText}`, invalid("$"), false);
  const forged = { ...sealedA.charter, title: "Forged title" };
  add("duplicate-charter", after(sealedText, "\n", `  "charter": ${JSON.stringify(forged)},\n`), invalid("$"), false);
  add("duplicate-title", after(sealedText, '"charter": {', '"title": "Forged",'), invalid("$.charter"), false);
  add(
    "duplicate-escaped-key",
    after(sealedText, '"charter": {', '"\\u0074itle": "Forged",'),
    invalid("$.charter"),
    false,
  );
  add(
    "duplicate-deep",
    after(sealedText, '"owner": {', '"teamId": null,'),
    invalid("$.charter.stages[0].owner"),
    false,
  );
  add(
    "integer-beyond-2-53",
    sealedText.replace('"x": 0', '"x": 9007199254740992'),
    invalid('$.layout.stages["s-mql"].x'),
    false,
  );
  add("number-overflow", sealedText.replace('"x": 0', '"x": 1e400'), invalid('$.layout.stages["s-mql"].x'), false);
  add("lone-surrogate", sealedText.replace('"title": "', '"title": "\\ud800'), invalid("$.charter.title"), false);
  add("reserved-proto", after(sealedText, '"charter": {', '"__proto__": {},'), invalid("$.charter.__proto__"));
  add(
    "reserved-constructor",
    after(sealedText, '"layout": {\n    "stages": {', '"constructor": {"x": 0, "y": 0},'),
    invalid("$.layout.stages.constructor"),
  );
  add(
    "nested-too-deep",
    await edited((f) => (f["x-note"] = nested(64))),
    invalid(`$["x-note"]${"[0]".repeat(63)}`),
    false,
  );

  // Refused by shapes and limits.
  add("id-too-long", await edited((f) => (f.charter.id = "😀".repeat(201))), invalid("$.charter.id"));
  add("title-too-long", await edited((f) => (f.charter.title = `é${"😀".repeat(500)}`)), invalid("$.charter.title"));
  add(
    "text-too-long",
    await edited((f) => (f.charter.transitions[0].trigger = "x".repeat(100_001))),
    invalid("$.charter.transitions[0].trigger"),
  );
  add(
    "too-many-criteria",
    await edited((f) => (f.charter.stages[0].entryCriteria = Array.from({ length: 201 }, () => "c"))),
    invalid("$.charter.stages[0].entryCriteria"),
  );
  add("one-team", await edited((f) => f.charter.teams.splice(1)), invalid("$.charter.teams"));
  add(
    "seven-teams",
    await edited((f) => {
      for (let i = 3; i <= 7; i++) f.charter.teams.push({ id: `w-${i}`, name: `Team ${i}` });
    }),
    invalid("$.charter.teams"),
  );
  add(
    "sla-too-long",
    await edited((f) => (f.charter.transitions[0].sla.within = 100_001)),
    invalid("$.charter.transitions[0].sla.within"),
  );
  add(
    "invisible-character",
    await edited((f) => (f.charter.title = "Charter\u202Efdp.exe")),
    invalid("$.charter.title"),
  );
  add("newer-format", await edited((f) => (f.formatVersion = 2)), invalid("$.formatVersion"));
  add("seal-algorithm", { ...sealedA, seal: { ...sealedA.seal, algorithm: "EdDSA" } }, invalid("$.seal.algorithm"));

  for (const [list, path] of LIST_PATHS) {
    add(`too-many-${list}`, await edited(atListLimits(1, list)), invalid(path));
  }
  add(
    "terms-with-unnamed-stages-over",
    await edited((f) => {
      const c = f.charter;
      c.terms = [
        ...c.terms,
        ...many(CHARTER_LIMITS.terms - 1 - c.terms.length, (i) => ({
          ...c.terms[1],
          id: `many-t-${i}`,
          term: `Term ${i}`,
          status: "open",
          definition: "",
          teamDefinitions: [],
        })),
      ];
      c.stages.push({ ...c.stages[1], id: "s-a", name: "A", definition: "", entryCriteria: [], exitCriteria: [] });
      c.stages.push({ ...c.stages[1], id: "s-b", name: "B", definition: "", entryCriteria: [], exitCriteria: [] });
    }),
    invalid("$.charter.terms"),
    false,
  );
  add("image-too-long", await edited(drawnImage(1_999_980, 4096)), invalid("$.signOff.signatures[0].image"));
  add("image-too-wide", await edited(drawnImage(1000, 4097)), invalid("$.signOff.signatures[0].image"), false);
  add("file-size-just-outside", await padded(sealedA, MAX_FILE_BYTES + 1), invalid("$"), false);

  // Refused by the rules between fields.
  await byRule("two-terms-one-stage", (f) => (f.charter.terms[1].stageId = "s-mql"), "$.charter.terms[1].stageId");
  await byRule(
    "definition-not-agreed",
    (f) => (f.charter.terms[1].definition = "Intent is a click."),
    "$.charter.terms[1].definition",
  );
  await byRule(
    "stage-differs-from-term",
    (f) => (f.charter.stages[0].definition = "Another wording."),
    "$.charter.stages[0].definition",
  );
  await byRule(
    "stage-of-open-term-has-criteria",
    (f) => {
      Object.assign(f.charter.terms[0], { status: "discussing", definition: "", agreedAt: null });
      f.charter.stages[0].definition = "";
    },
    "$.charter.stages[0].entryCriteria",
  );
  await byRule(
    "team-definitions-out-of-order",
    (f) =>
      (f.charter.terms[0].teamDefinitions = [
        { teamId: "w-2", text: "Sales' words" },
        { teamId: "w-1", text: "Marketing's words" },
      ]),
    "$.charter.terms[0].teamDefinitions[1].teamId",
  );
  await byRule(
    "team-definition-empty",
    (f) => (f.charter.terms[0].teamDefinitions = [{ teamId: "w-1", text: "" }]),
    "$.charter.terms[0].teamDefinitions[0].text",
  );
  await byRule(
    "signature-not-signatory",
    (f) =>
      f.signOff.signatures.push({
        ...f.signOff.signatures[1],
        participantId: "p-cy",
        name: "Cy São Paulo",
        role: "SDR",
      }),
    "$.signOff.signatures[2].participantId",
  );
  await byRule(
    "signature-wrong-role",
    (f) => (f.signOff.signatures[0].role = "Intern"),
    "$.signOff.signatures[0].role",
  );
  await byRule("duplicate-id", (f) => (f.charter.participants[2].id = "w-1"), "$.charter.participants[2].id");
  await byRule("dangling-reference", (f) => (f.charter.transitions[0].to = "s-nowhere"), "$.charter.transitions[0].to");
  // A 1.1 rule broken too: references come first, so every reader names the reference.
  await byRule(
    "dangling-reference-and-a-1.1-rule",
    (f) => {
      f.charter.transitions[0].to = "s-nowhere";
      f.charter.stages[0].outcome = "won";
    },
    "$.charter.transitions[0].to",
  );
  await byRule(
    "not-a-png",
    (f) => Object.assign(f.signOff.signatures[0], { method: "drawn", image: "data:image/png;base64,AAAA" }),
    "$.signOff.signatures[0].image",
  );

  // Format 1.0 beside 1.1: the same charter without 1.1's fields and marker is a valid 1.0 file.
  add(
    "format-1.0",
    await edited((f) => {
      asOneOne(f);
      delete f.formatMinor;
      delete f.charter.slaCalendar;
      for (const stage of f.charter.stages) {
        delete stage.outcome;
        delete stage.crm.hubspot;
        delete stage.crm.salesforce;
      }
    }),
    fine("A"),
  );
  const outcome = (id: string, type: string | null) => ({
    id,
    name: `Closed ${id}`,
    kind: "outcome",
    outcome: type,
    buyerLabel: null,
    definition: "",
    entryCriteria: [],
    exitCriteria: [],
    owner: { teamId: null, role: "" },
    crm: { hubspotLifecycleStage: null, salesforceLeadStatus: null, hubspot: null, salesforce: null, setup: null },
  });
  add(
    "outcome-types",
    await edited((f) => {
      for (const type of ["won", "lost", "disqualified", "recycled"]) f.charter.stages.push(outcome(`s-${type}`, type));
    }),
    fine("A"),
  );
  const mql = {
    object: "contacts",
    field: "lifecyclestage",
    value: "marketingqualifiedlead",
    label: "Marketing Qualified Lead",
  };
  add(
    "crm-values-and-meanings",
    await edited((f) => {
      f.charter.stages[0].crm = {
        hubspotLifecycleStage: "MARKETING qualified lead",
        salesforceLeadStatus: "Nurturing",
        hubspot: mql,
        salesforce: { object: "Lead", field: "Status", value: null, label: "Nurturing" },
        setup: null,
      };
      f.charter.stages[1].crm = {
        hubspotLifecycleStage: "salesqualifiedlead",
        salesforceLeadStatus: "working - contacted",
        hubspot: { ...mql, value: "salesqualifiedlead", label: "Sales Qualified Lead" },
        salesforce: { object: "Lead", field: "Status", value: "Working - Contacted", label: "Working - Contacted" },
        setup: null,
      };
    }),
    fine("A"),
  );
  add("no-sla-calendar", await edited((f) => (f.charter.slaCalendar = null)), fine("A"));
  add(
    "format-1.1-without-calendar",
    await edited((f) => delete f.charter.slaCalendar),
    invalid("$.charter.slaCalendar"),
  );
  add(
    "format-1.1-without-outcome",
    await edited((f) => delete f.charter.stages[0].outcome),
    invalid("$.charter.stages[0].outcome"),
  );
  add(
    "format-1.1-without-crm-meaning",
    await edited((f) => delete f.charter.stages[1].crm.salesforce),
    invalid("$.charter.stages[1].crm.salesforce"),
  );
  add(
    "outcome-on-a-stage",
    await edited((f) => (f.charter.stages[0].outcome = "won")),
    invalid("$.charter.stages[0].outcome"),
  );
  add(
    "outcome-without-type",
    await edited((f) => f.charter.stages.push(outcome("s-end", null))),
    invalid("$.charter.stages[2].outcome"),
  );
  add(
    "crm-meaning-not-the-table",
    await edited((f) => {
      f.charter.stages[0].crm.hubspotLifecycleStage = "Lead";
      f.charter.stages[0].crm.hubspot = { ...mql, value: "lead", label: "Leads" };
    }),
    invalid("$.charter.stages[0].crm.hubspot"),
    false,
  );
  const calendar = (change: (c: Json) => void) => edited((f) => change(f.charter.slaCalendar));
  add(
    "calendar-days-out-of-order",
    await calendar((c) => (c.workingDays = ["friday", "monday"])),
    invalid("$.charter.slaCalendar.workingDays[1]"),
    false,
  );
  add(
    "calendar-day-twice",
    await calendar((c) => (c.workingDays = ["monday", "monday"])),
    invalid("$.charter.slaCalendar.workingDays[1]"),
    false,
  );
  add(
    "calendar-ends-before-it-starts",
    await calendar((c) => (c.hours = { start: "17:00", end: "09:00" })),
    invalid("$.charter.slaCalendar.hours.end"),
    false,
  );
  add(
    "calendar-zone-not-a-name",
    await calendar((c) => (c.timeZone = "Mars Base")),
    invalid("$.charter.slaCalendar.timeZone"),
  );
  add(
    "calendar-time-not-hh-mm",
    await calendar((c) => (c.hours.start = "9:00")),
    invalid("$.charter.slaCalendar.hours.start"),
  );
  add(
    "format-1.0-with-a-broken-1.1-field",
    await edited((f) => {
      delete f.formatMinor;
      f.charter.stages[0].outcome = 7;
    }),
    invalid("$.charter.stages[0].outcome"),
  );

  // Format 1.2: the CRM set-up. A lead stage (the default status, or the converted one), an
  // opportunity stage (probability, forecast category, closed, won), a stage not in the CRM.
  const lead = {
    object: "lead",
    apiName: "marketing_qualified_lead",
    hubspotLeadStatus: "New",
    converted: false,
    isDefault: true,
    probability: null,
    forecastCategory: null,
    closed: false,
    won: false,
  };
  const opportunity = {
    object: "opportunity",
    apiName: "closed_won",
    hubspotLeadStatus: null,
    converted: false,
    isDefault: false,
    probability: 100,
    forecastCategory: "Closed",
    closed: true,
    won: true,
  };
  const mapped = (stage: Json, setup: Json) => ({ ...stage, crm: { ...stage.crm, setup } });
  const reasonCode = (id: string, kind: string, revisitAfterDays: number | null = null) => ({
    id,
    kind,
    label: `Reason ${id}`,
    apiName: `reason_${id.replace(/-/g, "_")}`,
    description: "",
    revisitAfterDays,
  });
  const qualification = {
    idealCustomerProfile: "Software firms of 50 to 500 people in the EU.",
    exclusions: ["Students", "Competitors"],
    buyingRoles: ["Economic buyer", "Champion"],
    fitThreshold: 60,
    engagementThreshold: 0,
    handRaise: "Asks for a demo or a price.",
  };
  add(
    "crm-setup",
    await edited((f) => {
      const c = f.charter;
      c.stages[0].crm.setup = lead;
      c.stages[1].crm.setup = { ...lead, apiName: "sales_qualified_lead", converted: true, isDefault: false };
      c.stages.push(mapped(outcome("s-won", "won"), opportunity));
      c.stages.push(
        mapped(outcome("s-lost", "lost"), {
          ...opportunity,
          apiName: "closed_lost",
          probability: 0,
          forecastCategory: "Omitted",
          won: false,
        }),
      );
      c.stages.push(mapped(outcome("s-recycled", "recycled"), { ...lead, object: "none", isDefault: false }));
      c.transitions[0].followUp = { attempts: 6, overDays: 14, escalateTo: "Head of Sales" };
      c.crmRules = {
        reasonCodes: [
          { ...reasonCode("r-misrouted", "reject"), description: "Sent to the wrong team." },
          reasonCode("r-no-budget", "disqualify"),
          reasonCode("r-bad-timing", "recycle", 180),
          // A recycle code may leave the time to look again open.
          reasonCode("r-nurture", "recycle", null),
        ],
        qualification,
      };
    }),
    fine("A"),
  );
  add("no-crm-rules", await edited((f) => (f.charter.crmRules = null)), fine("A"));
  // The same charter in 1.1: without 1.2's fields and marker, valid. With them still valid, and they mean
  // nothing: neither presence nor 1.2's rules apply (here a code id twice, and a reject code with a time);
  // their shapes do.
  add("format-1.1", await edited(asOneOne), fine("A"));
  // Fields no revision defines, as another tool might add them: signed, ignored by readers, and kept by Accord.
  add(
    "unknown-fields-inside-charter",
    await edited((f) => {
      f.charter["x-wiki"] = "https://wiki.example/charter";
      f.charter.stages[0]["x-colour"] = "teal";
      f.charter.terms[0]["x-notes"] = { source: "workshop", lines: ["one", "two"] };
      f.charter.transitions[0].owner["x-queue"] = 7;
    }),
    fine("A"),
  );
  add(
    "format-1.1-with-stray-1.2-fields",
    await edited((f) => {
      asOneOne(f);
      f.charter.stages[0].crm.setup = lead;
      f.charter.transitions[0].followUp = { attempts: 3, overDays: 7, escalateTo: "" };
      f.charter.crmRules = {
        reasonCodes: [reasonCode("r-1", "reject", 30), reasonCode("r-1", "disqualify")],
        qualification,
      };
    }),
    fine("A"),
  );
  add(
    "format-1.1-with-a-broken-1.2-field",
    await edited((f) => {
      asOneOne(f);
      f.charter.transitions[0].followUp = { attempts: 0, overDays: 7, escalateTo: "" };
    }),
    invalid("$.charter.transitions[0].followUp.attempts"),
  );
  add("format-1.2-without-crm-rules", await edited((f) => delete f.charter.crmRules), invalid("$.charter.crmRules"));
  add(
    "format-1.2-without-crm-setup",
    await edited((f) => delete f.charter.stages[1].crm.setup),
    invalid("$.charter.stages[1].crm.setup"),
  );
  add(
    "format-1.2-without-follow-up",
    await edited((f) => delete f.charter.transitions[0].followUp),
    invalid("$.charter.transitions[0].followUp"),
  );
  // A later 1.x is read as 1.4: its fields are asked for all the same.
  add(
    "format-1.5-without-crm-rules",
    await edited((f) => {
      f.formatMinor = 5;
      delete f.charter.crmRules;
    }),
    invalid("$.charter.crmRules"),
  );
  add(
    "format-1.5-without-due",
    await edited((f) => {
      f.formatMinor = 5;
      delete f.charter.openItems[0].due;
    }),
    invalid("$.charter.openItems[0].due"),
  );
  add(
    "format-1.5-without-crm-agreement",
    await edited((f) => {
      f.formatMinor = 5;
      delete f.charter.crmAgreement;
    }),
    invalid("$.charter.crmAgreement"),
  );
  // The built file's rules hold the default codes: [0]-[2] reject, [3]-[7] disqualify, [8]-[9] recycle.
  await byRule(
    "reason-code-id-twice",
    (f) => (f.charter.crmRules.reasonCodes[3].id = f.charter.crmRules.reasonCodes[0].id),
    "$.charter.crmRules.reasonCodes[3].id",
  );
  // A rule of 1.2, but one the schema states too (as it states 1.1's outcome rule).
  add(
    "revisit-on-a-reject-code",
    await edited((f) => (f.charter.crmRules.reasonCodes[0].revisitAfterDays = 30)),
    invalid("$.charter.crmRules.reasonCodes[0].revisitAfterDays"),
  );
  add(
    "probability-over-100",
    await edited((f) => (f.charter.stages[0].crm.setup = { ...opportunity, probability: 101 })),
    invalid("$.charter.stages[0].crm.setup.probability"),
  );
  add(
    "forecast-category-commit",
    await edited((f) => (f.charter.stages[0].crm.setup = { ...opportunity, forecastCategory: "Commit" })),
    invalid("$.charter.stages[0].crm.setup.forecastCategory"),
  );
  add(
    "follow-up-without-attempts",
    await edited((f) => (f.charter.transitions[0].followUp = { attempts: 0, overDays: 14, escalateTo: "" })),
    invalid("$.charter.transitions[0].followUp.attempts"),
  );
  add(
    "crm-object-account",
    await edited((f) => (f.charter.stages[1].crm.setup = { ...lead, object: "account" })),
    invalid("$.charter.stages[1].crm.setup.object"),
  );
  const codes = (n: number) =>
    many(n, (i) =>
      reasonCode(`r-${i}`, ["reject", "disqualify", "recycle"][i % 3] as string, i % 3 === 2 ? 3650 : null),
    );
  const words = (n: number) => many(n, (i) => `Item ${i + 1}`);
  add(
    "crm-limits-just-inside",
    await edited((f) => {
      f.charter.stages[0].crm.setup = { ...opportunity, closed: false, won: false, probability: 0 };
      f.charter.transitions[0].followUp = { attempts: 100, overDays: 365, escalateTo: "😀".repeat(500) };
      f.charter.crmRules = {
        reasonCodes: codes(200),
        qualification: {
          ...qualification,
          exclusions: words(200),
          buyingRoles: words(200),
          fitThreshold: 100_000,
          engagementThreshold: 100_000,
        },
      };
    }),
    fine("A"),
  );
  add(
    "too-many-reason-codes",
    await edited((f) => (f.charter.crmRules.reasonCodes = codes(201))),
    invalid("$.charter.crmRules.reasonCodes"),
  );
  add(
    "too-many-exclusions",
    await edited((f) => (f.charter.crmRules.qualification.exclusions = words(201))),
    invalid("$.charter.crmRules.qualification.exclusions"),
  );
  add(
    "revisit-too-late",
    await edited((f) => (f.charter.crmRules.reasonCodes[8].revisitAfterDays = 3651)),
    invalid("$.charter.crmRules.reasonCodes[8].revisitAfterDays"),
  );
  add(
    "follow-up-too-long",
    await edited((f) => (f.charter.transitions[0].followUp = { attempts: 6, overDays: 366, escalateTo: "" })),
    invalid("$.charter.transitions[0].followUp.overDays"),
  );
  // Format 1.3: an open item's due date. With an owner and a date it is an action; a date with
  // nobody to own it, or no date at all, is allowed. The built file's one item is undated.
  const item = (id: string, owner: string | null, due: string | null) => ({
    id,
    text: `Question ${id}`,
    owner,
    due,
  });
  add(
    "open-items-due",
    await edited((f) => {
      f.charter.openItems.push(
        item("oi-dated", "Head of Partnerships", "2027-01-15"),
        item("oi-leap-day", null, "2028-02-29"),
        item("oi-undated", "Dana", null),
      );
    }),
    fine("A"),
  );
  add(
    "format-1.3-without-due",
    await edited((f) => {
      f.charter.openItems.push(item("oi-dated", "Dana", "2027-01-15"), item("oi-undated", null, null));
      delete f.charter.openItems[2].due;
    }),
    invalid("$.charter.openItems[2].due"),
  );
  add(
    "due-not-a-real-date",
    await edited((f) => (f.charter.openItems[0].due = "2027-02-30")),
    invalid("$.charter.openItems[0].due"),
  );
  add(
    "due-not-a-date",
    await edited((f) => (f.charter.openItems[0].due = "next week")),
    invalid("$.charter.openItems[0].due"),
  );
  add(
    "due-with-a-time",
    await edited((f) => (f.charter.openItems[0].due = "2027-01-15T17:00:00Z")),
    invalid("$.charter.openItems[0].due"),
  );
  // The same charter in 1.2: without 1.3's dates and marker, valid. A stray date means nothing
  // (no presence rule applies) but keeps its shape.
  add("format-1.2", await edited(asOneTwo), fine("A"));
  add(
    "format-1.2-with-a-stray-due",
    await edited((f) => {
      asOneTwo(f);
      f.charter.openItems[0].due = "2027-01-15";
      f.charter.openItems.push({ id: "oi-undated", text: "Question oi-undated", owner: null });
    }),
    fine("A"),
  );
  add(
    "format-1.2-with-a-broken-due",
    await edited((f) => {
      asOneTwo(f);
      f.charter.openItems[0].due = "2027-13-01";
    }),
    invalid("$.charter.openItems[0].due"),
  );
  // Format 1.4: where the room stands on each CRM rule. An agreed rule says when (a time with any
  // zone), and only an agreed one does. Each case states whole the rules it is about.
  const agreed = (agreedAt: string) => ({ status: "agreed", agreedAt });
  const notAgreed = (status: string) => ({ status, agreedAt: null });
  add(
    "crm-rules-agreed",
    await edited((f) => {
      f.charter.crmAgreement = {
        stageMappings: agreed("2026-11-22T14:05:00Z"),
        followUps: notAgreed("parked"),
        qualification: notAgreed("discussing"),
        reasonCodes: agreed("2026-11-22T15:35:00.250+01:00"),
      };
    }),
    fine("A"),
  );
  add(
    "format-1.4-without-crm-agreement",
    await edited((f) => delete f.charter.crmAgreement),
    invalid("$.charter.crmAgreement"),
  );
  add(
    "crm-rule-agreed-without-time",
    await edited((f) => (f.charter.crmAgreement.reasonCodes = notAgreed("agreed"))),
    invalid("$.charter.crmAgreement.reasonCodes.agreedAt"),
  );
  add(
    "crm-rule-parked-with-time",
    await edited((f) => (f.charter.crmAgreement.followUps = { status: "parked", agreedAt: "2026-11-22T14:05:00Z" })),
    invalid("$.charter.crmAgreement.followUps.agreedAt"),
  );
  // Shapes: a term's statuses only, a time with its zone, all four rules stated.
  add(
    "crm-rule-status-unknown",
    await edited((f) => (f.charter.crmAgreement.qualification = notAgreed("settled"))),
    invalid("$.charter.crmAgreement.qualification.status"),
  );
  add(
    "crm-rule-agreed-on-a-date",
    await edited((f) => (f.charter.crmAgreement.stageMappings = agreed("2026-11-22"))),
    invalid("$.charter.crmAgreement.stageMappings.agreedAt"),
  );
  add(
    "crm-agreement-without-a-rule",
    await edited((f) => delete f.charter.crmAgreement.followUps),
    invalid("$.charter.crmAgreement.followUps"),
  );
  // The same charter in 1.3: without 1.4's statuses and marker, valid. Stray statuses mean nothing
  // (neither presence nor 1.4's rule applies: here an agreed rule with no time, a parked one with
  // one) but keep their shape.
  add("format-1.3", await edited(asOneThree), fine("A"));
  add(
    "format-1.3-with-a-stray-crm-agreement",
    await edited((f) => {
      asOneThree(f);
      f.charter.crmAgreement = {
        stageMappings: notAgreed("agreed"),
        followUps: { status: "parked", agreedAt: "2026-11-22T14:05:00Z" },
        qualification: notAgreed("open"),
        reasonCodes: agreed("2026-11-22T14:05:00Z"),
      };
    }),
    fine("A"),
  );
  add(
    "format-1.3-with-a-broken-crm-agreement",
    await edited((f) => {
      asOneThree(f);
      f.charter.crmAgreement = {
        stageMappings: notAgreed("open"),
        followUps: notAgreed("open"),
        qualification: notAgreed("open"),
        reasonCodes: notAgreed("done"),
      };
    }),
    invalid("$.charter.crmAgreement.reasonCodes.status"),
  );
  add(
    "time-in-lower-case",
    await edited((f) => (f.charter.decisions[0].at = "2026-11-22t14:05:00z")),
    invalid("$.charter.decisions[0].at"),
  );
  add(
    "time-with-a-leap-second",
    await edited((f) => (f.charter.decisions[0].at = "2016-12-31T23:59:60Z")),
    invalid("$.charter.decisions[0].at"),
  );
  add("version-beyond-2-53", sealedText.replace('"version": 1,', '"version": 1e16,'), invalid("$.charter.version"));
  add("format-minor-negative", await edited((f) => (f.formatMinor = -1)), invalid("$.formatMinor"));

  // Valid, but not intact.
  const afterSealing = (edit: (f: Json) => void): Json => {
    const file = JSON.parse(sealedText);
    edit(file);
    return file;
  };
  add(
    "tampered-title",
    afterSealing((f) => (f.charter.title = "Acme (edited)")),
    broken("$.signOff.contentHash"),
  );
  add(
    "recomputed-hash-only",
    afterSealing((f) => {
      f.charter.title = "Acme (edited)";
      rehash(f, { signatures: false });
    }),
    broken("$.signOff.signatures[0].contentHash"),
  );
  add(
    "recomputed-hash-sealed",
    afterSealing((f) => {
      f.charter.title = "Acme (edited)";
      rehash(f);
    }),
    broken("$.seal.signature"),
  );
  add(
    "signature-name-changed",
    afterSealing((f) => (f.signOff.signatures[0].name = "Someone Else")),
    broken("$.seal.signature"),
  );
  const halfSigned = clone(signed);
  const second = halfSigned.signOff.signatures.pop();
  halfSigned.signOff.status = "draft";
  const halfSealed = await seal(halfSigned);
  add("half-signed-sealed", halfSealed, fine("A"));
  add(
    "signature-added",
    {
      ...halfSealed,
      signOff: { ...halfSealed.signOff, status: "signed", signatures: [...halfSealed.signOff.signatures, second] },
    },
    broken("$.seal.signature"),
  );
  add(
    "status-flipped",
    afterSealing((f) => (f.signOff.status = "draft")),
    broken("$.signOff.status"),
  );
  add(
    "fingerprint-of-another-key",
    afterSealing((f) => (f.seal.keyFingerprint = keys.B.fingerprint)),
    broken("$.seal.keyFingerprint"),
  );
  const sealedB = await seal(clone(signed), "B");
  add(
    "seal-key-swapped",
    afterSealing((f) =>
      Object.assign(f.seal, { publicKey: sealedB.seal.publicKey, keyFingerprint: keys.B.fingerprint }),
    ),
    broken("$.seal.signature"),
  );
  add(
    "seal-key-not-canonical",
    afterSealing((f) => {
      const last = f.seal.publicKey.at(-1) as string;
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      f.seal.publicKey = f.seal.publicKey.slice(0, -1) + alphabet[alphabet.indexOf(last) ^ 1];
    }),
    broken("$.seal.publicKey"),
  );
  return cases;
}

/** A case's expected key as a fingerprint. */
export function expectedKey(expect: Expected, keys: Record<KeyName, { fingerprint: string }>): string | null {
  return expect.key === null ? null : keys[expect.key].fingerprint;
}
