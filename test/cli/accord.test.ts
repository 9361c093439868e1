import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serializeBackup } from "../../shared/backup/backup";
import { buildCharter, buildCharterFile, serializeCharterFile } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import type { CharterFile } from "../../shared/charter/format";
import { sealCharterFile } from "../../shared/charter/seal";
import { startNewVersion } from "../../shared/signoff/versions";
import { expectOk } from "../builders";
import { aSignedWorkshop, INFO } from "../charter/charter-builders";
import { fixtureKeys } from "../charter/fixture-cases";
import { aRealisticWorkshop } from "../charter/realistic-workshop";
import { accord } from "./run-accord";

const dir = mkdtempSync(join(tmpdir(), "accord-cli-"));
const at = (name: string) => join(dir, name);

let charterText: string;
beforeAll(async () => {
  const w = await aSignedWorkshop(aRealisticWorkshop());
  charterText = serializeCharterFile(expectOk(await buildCharterFile(w, INFO)));
  writeFileSync(at("charter.json"), charterText);
  writeFileSync(at("backup.json"), serializeBackup(w, INFO));
  writeFileSync(at("tampered.json"), charterText.replace("Closed Won", "Closed Wan"));
  writeFileSync(at("not-json.json"), "{ nope");
  writeFileSync(at("wrong-type.json"), charterText.replace('"version": 1,', '"version": "1",'));
  writeFileSync(at("broken-text.json"), serializeBackup(w, INFO).replace('"Acme Revenue', '"\\ud800Acme Revenue'));
});

describe("accord on the command line", { timeout: 60_000 }, () => {
  it("validates a charter and a backup with exit 0", async () => {
    const charter = await accord("validate", at("charter.json"));
    expect(charter).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/valid Accord charter, format 1\.4, version 1, signed/),
    });
    const backup = await accord("validate", at("backup.json"));
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining("valid Accord workshop backup") });
  });

  it("names the file, the JSON path and the problem of an invalid file, with exit 1", async () => {
    const wrong = await accord("validate", at("wrong-type.json"));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe(`${at("wrong-type.json")}: $.charter.version must be a number, got a string`);
    const broken = await accord("validate", at("not-json.json"));
    expect(broken).toMatchObject({ code: 1, stderr: expect.stringContaining("is not valid JSON") });
  });

  it("refuses a backup with broken text with exit 1, naming where, for validate and render alike", async () => {
    for (const command of [["validate"], ["render", "--pdf", at("broken.pdf")]]) {
      const [verb, ...rest] = command as [string, ...string[]];
      const result = await accord(verb, at("broken-text.json"), ...rest);
      expect(result.code, verb).toBe(1);
      expect(result.stderr).toContain("$.workshop.details.title must not hold a broken character");
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("verifies an intact charter, and names the first mismatch of a tampered one", async () => {
    expect(await accord("verify", at("charter.json"))).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(": intact, version 1"),
    });
    const tampered = await accord("verify", at("tampered.json"));
    expect(tampered.code).toBe(3);
    expect(tampered.stderr).toMatch(
      /NOT intact: \$\.signOff\.contentHash is sha256:[0-9a-f]{64}, but the charter's content hashes to/,
    );
  });

  it("renders a backup to a PDF and a charter JSON", async () => {
    const result = await accord("render", at("backup.json"), "--pdf", at("out.pdf"), "--json", at("out.json"));
    expect(result).toMatchObject({ code: 0, stdout: `Wrote ${at("out.pdf")}\nWrote ${at("out.json")}\n` });
    expect(readFileSync(at("out.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    const verified = await accord("verify", at("out.json"));
    expect(verified.code).toBe(0);
  });

  it("renders version 2 with what changed since the version given with --previous, or from a backup's history", async () => {
    const v1 = await aSignedWorkshop(aRealisticWorkshop());
    const started = expectOk(startNewVersion(v1, contentHash(buildCharter(v1)), INFO.exportedAt));
    const v2 = { ...started, kpis: started.kpis.map((k, i) => (i === 0 ? { ...k, target: "≥ 95%" } : k)) };
    writeFileSync(at("v1.json"), serializeCharterFile(expectOk(await buildCharterFile(v1, INFO))));
    writeFileSync(at("v2.json"), serializeCharterFile(expectOk(await buildCharterFile(v2, INFO))));
    writeFileSync(at("v2-backup.json"), serializeBackup(v2, INFO));
    const change = "KPI MQL acceptance rate: target: ≥ 90% → ≥ 95%";
    const text = (pdf: string) => execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");

    expect((await accord("render", at("v2.json"), "--pdf", at("v2.pdf"), "--previous", at("v1.json"))).code).toBe(0);
    expect(text(at("v2.pdf"))).toContain(change);
    expect((await accord("render", at("v2-backup.json"), "--pdf", at("v2b.pdf"))).code).toBe(0);
    expect(text(at("v2b.pdf"))).toContain(change);

    // Not the version before: refused, naming both hashes and the field, and no PDF written.
    const other = await aSignedWorkshop({
      ...aRealisticWorkshop(),
      details: { ...v1.details, title: "Another charter" },
    });
    writeFileSync(at("other.json"), serializeCharterFile(expectOk(await buildCharterFile(other, INFO))));
    const wrong = await accord("render", at("v2.json"), "--pdf", at("wrong.pdf"), "--previous", at("other.json"));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /is not the previous version: its content hash is sha256:[0-9a-f]{64}, the charter names sha256:[0-9a-f]{64} \(\$\.charter\.previousVersionHash\)/,
    );
    expect(existsSync(at("wrong.pdf"))).toBe(false);
    const tampered = await accord("render", at("v2.json"), "--pdf", at("wrong.pdf"), "--previous", at("tampered.json"));
    expect(tampered).toMatchObject({ code: 3, stderr: expect.stringContaining("NOT intact") });
    expect((await accord("render", at("v2.json"), "--pdf", at("wrong.pdf"), "--previous", at("none.json"))).code).toBe(
      2,
    );
    expect(existsSync(at("wrong.pdf"))).toBe(false);
  });

  it("renders a tampered charter marked as such, and exits 3, the code for not intact", async () => {
    const result = await accord("render", at("tampered.json"), "--pdf", at("tampered.pdf"));
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("the PDF is marked NOT INTACT");
  });

  it("refuses a file past the size limit by its size on disk, without reading it, for every command", async () => {
    // Sparse: 3 GiB on disk costs nothing, and is more than Node could read into one buffer.
    const huge = at("huge.json");
    writeFileSync(huge, "");
    truncateSync(huge, 3 * 1024 ** 3);
    // crm lists every problem with its path ("$"); the others name the file alone for the whole file.
    const message = /huge\.json:? (\$ )?is 3072 MiB; the largest file Accord opens is 50 MiB/;
    for (const command of [
      ["validate"],
      ["verify"],
      ["render", "--pdf", at("huge.pdf")],
      ["crm", "--out", at("huge-pack")],
    ]) {
      const [verb, ...rest] = command as [string, ...string[]];
      const result = await accord(verb, huge, ...rest);
      expect(result, verb).toMatchObject({ code: 1, stderr: expect.stringMatching(message) });
    }
    const json = await accord("validate", huge, "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: false,
      problems: [{ path: "$", message: "is 3072 MiB; the largest file Accord opens is 50 MiB" }],
    });
    expect(existsSync(at("huge.pdf"))).toBe(false);
  });

  it("exits 2 for a usage error or an unreadable file", async () => {
    expect((await accord()).code).toBe(2);
    expect(await accord("render", at("charter.json"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("render needs --pdf"),
    });
    expect(await accord("frobnicate", "x")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
    expect(await accord("verify", at("missing.json"))).toMatchObject({
      code: 2,
      stderr: `accord: cannot read ${at("missing.json")}: no such file\n`,
    });
    expect((await accord("verify", dir)).code).toBe(2);
  });

  it("prints a verdict as JSON for --json, with the documented exit codes", async () => {
    const fine = await accord("verify", "--json", at("charter.json"));
    expect(fine.code).toBe(0);
    expect(JSON.parse(fine.stdout)).toEqual({
      file: at("charter.json"),
      kind: "charter",
      valid: true,
      intact: true,
      sealed: false,
      key: null,
      problems: [],
    });
    const tampered = await accord("validate", at("tampered.json"), "--json");
    expect(tampered.code).toBe(3);
    expect(JSON.parse(tampered.stdout)).toMatchObject({
      valid: true,
      intact: false,
      problems: [{ path: "$.signOff.contentHash" }],
    });
    const wrong = await accord("verify", "--json", at("wrong-type.json"));
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toMatchObject({
      valid: false,
      intact: null,
      problems: [{ path: "$.charter.version" }],
    });
    const backup = await accord("validate", "--json", at("backup.json"));
    expect(JSON.parse(backup.stdout)).toEqual({
      file: at("backup.json"),
      kind: "workshop-backup",
      valid: true,
      problems: [],
    });
  });

  it("pins the sealing key with --key, given with or without sha256: in any case", async () => {
    const keys = await fixtureKeys();
    const sealed = await sealCharterFile(JSON.parse(charterText) as CharterFile, keys.A);
    writeFileSync(at("sealed.json"), serializeCharterFile(sealed));
    const hex = keys.A.fingerprint.slice("sha256:".length);
    expect(await accord("verify", at("sealed.json"), "--key", hex.toUpperCase())).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(`sealed by ${keys.A.fingerprint}`),
    });
    expect(await accord("verify", at("sealed.json"), "--key", keys.B.fingerprint)).toMatchObject({
      code: 4,
      stderr: expect.stringContaining("intact, but NOT sealed by the expected key"),
    });
    expect(await accord("verify", at("charter.json"), "--key", keys.A.fingerprint)).toMatchObject({
      code: 4,
      stderr: expect.stringContaining("$.seal is missing: the file is not sealed"),
    });
    expect(await accord("verify", at("charter.json"), "--key", "sha256:abc")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--key must be a key fingerprint, sha256: and 64 hex digits, not "sha256:abc"'),
    });
    // render writes a charter back as it is, so its seal still holds.
    await accord("render", at("sealed.json"), "--pdf", at("sealed.pdf"), "--json", at("sealed-again.json"));
    expect(readFileSync(at("sealed-again.json"), "utf8")).toBe(readFileSync(at("sealed.json"), "utf8"));
  });

  it("prints its usage for --help, with exit 0", async () => {
    expect(await accord("--help")).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("accord verify <charter.json>"),
    });
  });
});
