import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { buildCharter, buildCharterFile } from "../../shared/charter/build";
import { canonicalJson, contentHash } from "../../shared/charter/canonical";
import { charterToWorkshop } from "../../shared/charter/import";
import { parseCharterFile } from "../../shared/charter/parse";
import { expectOk, expectRefused } from "../builders";
import { aReadyWorkshop, aSignedWorkshop, INFO } from "./charter-builders";

const schema = JSON.parse(readFileSync("schema/accord-charter-1.schema.json", "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateWithSchema = ajv.compile(schema);

describe("building the charter from a workshop", () => {
  it("takes a stage's definition and criteria from its agreed term", () => {
    const charter = buildCharter(aReadyWorkshop());
    expect(charter.stages[0]).toMatchObject({
      name: "MQL",
      definition: "A lead that fits the profile and showed intent.",
      entryCriteria: ["Score over 80"],
      exitCriteria: ["Accepted by sales"],
    });
  });

  it("signs only what was agreed: a parked term's definition reads blank", () => {
    const w = aReadyWorkshop();
    const parked = {
      ...w,
      terms: w.terms.map((t) => (t.stageId === "s-mql" ? { ...t, status: "parked" as const } : t)),
    };
    const charter = buildCharter(parked);
    expect(charter.stages[0]?.definition).toBe("");
    expect(charter.terms.find((t) => t.id === "t-mql")?.definition).toBe("");
  });

  it("turns the parking lot into open items and keeps the team definitions in team order", () => {
    const w = aReadyWorkshop();
    const charter = buildCharter(w);
    expect(charter.openItems).toEqual([{ id: "pl-1", text: "Lead scoring model", owner: null, due: null }]);
    expect(charter.terms[0]?.teamDefinitions.map((d) => d.teamId)).toEqual(w.teams.map((t) => t.id));
    expect(charter.teams).toEqual(w.teams.map((t) => ({ id: t.id, name: t.name })));
    expect(charter.facilitator).toEqual({ name: "Zoë Müller" });
  });

  it("writes a file that the published JSON Schema accepts, draft and signed", async () => {
    for (const w of [aReadyWorkshop(), await aSignedWorkshop()]) {
      const file = expectOk(await buildCharterFile(w, INFO));
      const valid = validateWithSchema(file);
      expect(validateWithSchema.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it("is draft until every signatory has signed, then signed", async () => {
    const draft = expectOk(await buildCharterFile(aReadyWorkshop(), INFO));
    expect(draft.signOff).toMatchObject({ status: "draft", signatures: [] });
    const signed = expectOk(await buildCharterFile(await aSignedWorkshop(), INFO));
    expect(signed.signOff.status).toBe("signed");
    expect(signed.signOff.signatures.map((s) => [s.name, s.role, s.contentHash])).toEqual([
      ["Anna Łódź", "CMO", signed.signOff.contentHash],
      ["Bo Ærøskøbing", "VP Sales", signed.signOff.contentHash],
    ]);
  });

  it("is draft, not vacuously signed, when nobody is named to sign: the same rule as the lock and every screen", async () => {
    const w = aReadyWorkshop();
    const nobody = { ...w, participants: w.participants.map((p) => ({ ...p, signatory: false })) };
    expect(expectOk(await buildCharterFile(nobody, INFO)).signOff.status).toBe("draft");
  });

  it("hashes the charter as sha256 over the UTF-8 bytes of its RFC 8785 form", async () => {
    const value = { b: [true, null, 1e21, 0.1], a: "Łódź", "\u00e9": 1 };
    const canonical = '{"a":"Łódź","b":[true,null,1e+21,0.1],"é":1}';
    expect(canonicalJson(value)).toBe(canonical);
    const expected = createHash("sha256").update(Buffer.from(canonical, "utf8")).digest("hex");
    expect(await contentHash(value)).toBe(`sha256:${expected}`);
  });

  it("refuses to export a charter without a workshop date, which the format requires", async () => {
    const w = aReadyWorkshop();
    const problems = expectRefused(await buildCharterFile({ ...w, details: { ...w.details, date: "" } }, INFO));
    expect(problems[0]?.message).toMatch(/date/);
  });
});

describe("a signature made on a phone in the room", () => {
  it("says which phone in the charter, passes the published schema, and comes back on import", async () => {
    const w = aReadyWorkshop();
    const first = w.participants.find((p) => p.signatory)?.id;
    const signed = await aSignedWorkshop(w, (id) => (id === first ? { device: "iPhone, Safari" } : {}));
    const file = expectOk(await buildCharterFile(signed, INFO));
    expect(file.signOff.signatures.map((s) => s.device ?? null)).toEqual(["iPhone, Safari", null]);
    expect("device" in (file.signOff.signatures[1] ?? {})).toBe(false); // absent, as files before it had it
    expect(validateWithSchema(file), JSON.stringify(validateWithSchema.errors)).toBe(true);
    const opened = expectOk(await parseCharterFile(JSON.stringify(file)));
    const back = expectOk(charterToWorkshop(opened));
    expect(back.signOff.signatures.map((s) => s.device ?? null)).toEqual(["iPhone, Safari", null]);
  });
});
