import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serializeCharterFile } from "../../shared/charter/build";
import { buildCrmPack } from "../../shared/crm/pack";
import { mapUnmappedStages } from "../../shared/crm/suggest";
import { setStageCrmSetup } from "../../shared/workshop/crm-rules";
import { expectOk } from "../builders";
import { aReadyWorkshop, aSignedWorkshop } from "../charter/charter-builders";
import { charterOf } from "../crm/pack-builders";
import { accord } from "./run-accord";

const dir = mkdtempSync(join(tmpdir(), "accord-crm-"));
const at = (name: string) => join(dir, name);

const filesUnder = (root: string, prefix = ""): string[] =>
  readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(root, join(prefix, e.name)) : [join(prefix, e.name).split("\\").join("/")],
  );

let signedText: string;
beforeAll(async () => {
  const mapped = expectOk(mapUnmappedStages(aReadyWorkshop()));
  signedText = serializeCharterFile(await charterOf(await aSignedWorkshop(mapped)));
  writeFileSync(at("signed.json"), signedText);
  writeFileSync(at("tampered.json"), signedText.replace('"apiName": "sql"', '"apiName": "sql_x"'));
  const noReasons = expectOk(mapUnmappedStages({ ...aReadyWorkshop(), crmRules: null }));
  writeFileSync(at("no-reasons.json"), serializeCharterFile(await charterOf(await aSignedWorkshop(noReasons))));
  const unmapped = expectOk(setStageCrmSetup(mapped, "s-mql", null));
  writeFileSync(at("unmapped.json"), serializeCharterFile(await charterOf(unmapped)));
});

describe("accord crm", { timeout: 60_000 }, () => {
  it("writes the pack of a signed charter, the same files as the app makes", async () => {
    const result = await accord("crm", at("signed.json"), "--out", at("pack"));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote the CRM set-up pack of ${at("signed.json")} to ${at("pack")}`);
    const expected = expectOk(buildCrmPack(JSON.parse(signedText)));
    // And the list of what it wrote, so that a later run removes exactly those.
    expect(filesUnder(at("pack")).sort()).toEqual([".accord-crm-pack", ...expected.map((f) => f.path)].sort());
    expect(
      readFileSync(join(at("pack"), ".accord-crm-pack"), "utf8")
        .trim()
        .split("\n"),
    ).toEqual(expected.map((f) => f.path));
    for (const f of expected) expect(readFileSync(join(at("pack"), f.path), "utf8")).toBe(f.content);
  });

  it("replaces an earlier pack's own files, keeps the rest of the folder, and refuses anything else", async () => {
    const field = join(
      at("again"),
      "salesforce/force-app/main/default/objects/Lead/fields/Accord_Reason_Code__c.field-meta.xml",
    );
    await accord("crm", at("signed.json"), "--out", at("again"));
    expect(existsSync(field)).toBe(true);
    // What people and tools add beside a pack: notes, the Salesforce CLI's own folder.
    writeFileSync(join(at("again"), "notes.txt"), "mine");
    mkdirSync(join(at("again"), "salesforce", ".sf"));
    writeFileSync(join(at("again"), "salesforce", ".sf", "config.json"), "{}");
    // The same charter without reason codes: the earlier pack's field must not linger to be deployed.
    expect((await accord("crm", at("no-reasons.json"), "--out", at("again"))).code).toBe(0);
    expect(existsSync(field)).toBe(false);
    expect(existsSync(join(at("again"), "salesforce/force-app/main/default/objects"))).toBe(false);
    expect(readFileSync(join(at("again"), "notes.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(at("again"), "salesforce", ".sf", "config.json"))).toBe(true);

    mkdirSync(at("other"));
    writeFileSync(join(at("other"), "notes.txt"), "mine");
    const refused = await accord("crm", at("signed.json"), "--out", at("other"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not empty and holds no CRM set-up pack");
    expect(readdirSync(at("other"))).toEqual(["notes.txt"]);
    // A file named as the folder is never replaced (it could be the charter itself).
    const onFile = await accord("crm", at("signed.json"), "--out", at("signed.json"));
    expect(onFile).toMatchObject({ code: 2, stderr: expect.stringContaining("is a file, not a folder") });
    expect(readFileSync(at("signed.json"), "utf8")).toBe(signedText);
  });

  it("lists every problem of an incomplete set-up with its path, writes nothing, exits 1", async () => {
    const result = await accord("crm", at("unmapped.json"), "--out", at("never"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /unmapped\.json: \$\.charter\.stages\[\d\]\.crm\.setup Stage “MQL” is not mapped to the CRM/,
    );
    expect(existsSync(at("never"))).toBe(false);
  });

  it("refuses a charter changed since it was signed with exit 3, and says so as JSON too", async () => {
    const result = await accord("crm", at("tampered.json"), "--out", at("never"));
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("NOT intact");
    const json = await accord("crm", at("tampered.json"), "--out", at("never"), "--json");
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: true, intact: false, files: [] });
    expect(existsSync(at("never"))).toBe(false);
  });

  it("pins the sealing key like verify, and needs --out", async () => {
    const pinned = await accord("crm", at("signed.json"), "--out", at("never"), "--key", `sha256:${"a".repeat(64)}`);
    expect(pinned.code).toBe(4);
    const usage = await accord("crm", at("signed.json"));
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining("crm needs --out <folder>") });
  });
});
