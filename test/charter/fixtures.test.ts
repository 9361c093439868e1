import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { validate, verify } from "../../cli/commands";
import { buildCharter, buildCharterFile } from "../../shared/charter/build";
import { charterToWorkshop } from "../../shared/charter/import";
import { meaningfulCharter } from "../../shared/charter/meaningful";
import { parseCharterFile } from "../../shared/charter/parse";
import { VERDICT_EXIT } from "../../shared/charter/verdict";
import { detectTextKind } from "../../shared/files/kinds";
import { readPickedFile } from "../../shared/host";
import { expectOk } from "../builders";
import { INFO } from "./charter-builders";
import { type CharterCase, charterCases, type Expected, expectedKey, fixtureKeys, HAND_WRITTEN } from "./fixture-cases";

/**
 * Every reader of a charter, on one corpus, against verdicts stated by hand:
 * a file is valid for all of them or refused by all, and intact (or not) for
 * all of them, with the same problem named.
 */
const cases = await charterCases();
const keys = await fixtureKeys();
const folder = mkdtempSync(join(tmpdir(), "accord-charters-"));
const fileOf = (c: CharterCase) => join(folder, `${c.name}.json`);
for (const c of cases) writeFileSync(fileOf(c), c.bytes);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const exitFor = (e: Expected) =>
  !e.valid ? VERDICT_EXIT.invalid : !e.intact ? VERDICT_EXIT.notIntact : VERDICT_EXIT.fine;
const verdictOf = (e: Expected) => ({
  valid: e.valid,
  intact: e.intact,
  sealed: e.sealed,
  key: expectedKey(e, keys),
});

async function cli(command: typeof verify, path: string, options: { json?: boolean; key?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(path, { out: (l) => out.push(l), err: (l) => err.push(l) }, options);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("the charter corpus", () => {
  it("holds the cases the format promises to settle, the hand-written charter among them", () => {
    const names = cases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("hand-written");
    expect(cases.filter((c) => !c.expect.valid).length).toBeGreaterThan(20);
    expect(cases.filter((c) => c.expect.valid && !c.expect.intact).length).toBeGreaterThan(5);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: the app reads it as stated", async (_name, c) => {
    // The app's path: the picked file's bytes decoded strictly, then the charter reader.
    const picked = readPickedFile(`${c.name}.json`, c.bytes);
    if (picked.kind === "refused") {
      expect(c.expect).toMatchObject({ valid: false, path: "$" });
      expect(picked.message).toMatch(/is not UTF-8 text: the byte 0x[0-9A-F]{2} at byte offset \d+/);
      return;
    }
    if (picked.file.text.trim().startsWith("{") && !c.name.startsWith("comment")) {
      expect(detectTextKind(picked.file.text)).toBe("charter");
    }
    const parsed = await parseCharterFile(picked.file.text);
    if (!c.expect.valid) {
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems[0]?.path).toBe(c.expect.path);
      return;
    }
    const opened = expectOk(parsed);
    expect({ valid: true, intact: opened.intact, sealed: opened.sealed, key: opened.key }).toEqual(verdictOf(c.expect));
    expect(opened.firstMismatch?.path).toBe(c.expect.path);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    "%s: validate --json and verify --json give the same verdict and the documented exit code",
    async (_name, c) => {
      for (const command of [validate, verify]) {
        const result = await cli(command, fileOf(c), { json: true });
        const verdict = JSON.parse(result.out);
        expect(verdict).toMatchObject({ file: fileOf(c), kind: "charter", ...verdictOf(c.expect) });
        if (c.expect.path) expect(verdict.problems[0].path).toBe(c.expect.path);
        else expect(verdict.problems).toEqual([]);
        expect(result.code).toBe(exitFor(c.expect));
      }
    },
  );

  it("says the same in a sentence as in JSON: the problem, with its path, on stderr", async () => {
    for (const c of cases.filter((x) => x.expect.path)) {
      const json = JSON.parse((await cli(verify, fileOf(c), { json: true })).out);
      const said = await cli(verify, fileOf(c));
      expect(said.err, c.name).toContain(json.problems[0].message);
    }
  });

  it("pins the issuing key: another installation's seal, or none, exits 4", async () => {
    const file = (name: string) => fileOf(cases.find((c) => c.name === name) as CharterCase);
    expect((await cli(verify, file("signed-sealed"), { key: keys.A.fingerprint })).code).toBe(0);
    const other = await cli(verify, file("resealed-other-key"), { key: keys.A.fingerprint });
    expect(other.code).toBe(VERDICT_EXIT.notPinnedKey);
    expect(other.err).toContain(`is ${keys.B.fingerprint}, not the expected key ${keys.A.fingerprint}`);
    const none = await cli(verify, file("recomputed-hash-unsealed"), { key: keys.A.fingerprint, json: true });
    expect(none.code).toBe(VERDICT_EXIT.notPinnedKey);
    expect(JSON.parse(none.out)).toMatchObject({ intact: true, sealed: false, problems: [{ path: "$.seal" }] });
    // A file that is not intact says so first, pinned or not.
    expect((await cli(verify, file("tampered-title"), { key: keys.A.fingerprint })).code).toBe(VERDICT_EXIT.notIntact);
  });

  it("the schema agrees on every case it can judge", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const schema = ajv.compile(JSON.parse(readFileSync("schema/accord-charter-1.schema.json", "utf8")));
    const judged = cases.filter((c) => c.schema);
    expect(judged.length).toBeGreaterThan(20);
    for (const c of judged) {
      const text = new TextDecoder().decode(c.bytes).replace(/^\uFEFF/, "");
      expect(schema(JSON.parse(text)), `${c.name}: ${JSON.stringify(schema.errors?.slice(0, 2))}`).toBe(c.expect.valid);
    }
    // Every valid case is one the schema can judge: the schema never refuses a valid file.
    expect(cases.filter((c) => c.expect.valid && !c.schema)).toEqual([]);
  });

  it("the Python verifier written from the docs alone agrees on every verdict", { timeout: 120_000 }, () => {
    const script = "docs/examples/verify_charter.py";
    let output: string;
    try {
      output = execFileSync("python3", [script, ...cases.map(fileOf)], { encoding: "utf8", maxBuffer: 1 << 26 });
    } catch (error) {
      // Several files: the exit code is the highest of theirs, so it is not 0 here.
      output = String((error as { stdout?: string }).stdout ?? "");
    }
    const verdicts = new Map(
      output
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line))
        .map((v) => [v.file, v]),
    );
    for (const c of cases) {
      const v = verdicts.get(fileOf(c));
      expect(v, c.name).toMatchObject(verdictOf(c.expect));
      // The first problem, as the app and the CLI report it: the checks run in the docs' order.
      if (c.expect.path) expect(v.problems[0]?.path, c.name).toBe(c.expect.path);
    }
  });

  it("the Python verifier's exit codes are the CLI's, and it pins keys the same way", { timeout: 60_000 }, () => {
    const run = (...args: string[]) => {
      try {
        execFileSync("python3", ["docs/examples/verify_charter.py", ...args], { encoding: "utf8" });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    // One file of each verdict (a process per file costs a third of a second of pure-Python Ed25519).
    const sample = ["signed-sealed", "invalid-utf8", "one-team", "tampered-title", "seal-key-swapped"];
    for (const c of cases.filter((x) => sample.includes(x.name)))
      expect(run(fileOf(c)), c.name).toBe(exitFor(c.expect));
    expect(run(join(folder, "no-such-file.json"))).toBe(VERDICT_EXIT.usage);
    const other = fileOf(cases.find((c) => c.name === "resealed-other-key") as CharterCase);
    expect(run("--key", keys.A.fingerprint, other)).toBe(VERDICT_EXIT.notPinnedKey);
    expect(run("--key", keys.B.fingerprint, other)).toBe(0);
  });

  it.each(cases.filter((c) => c.expect.valid).map((c) => [c.name, c] as const))(
    "%s: imported and exported again, the same charter, hash and signatures",
    async (_name, c) => {
      const opened = expectOk(await parseCharterFile(c.bytes));
      const workshop = expectOk(charterToWorkshop(opened));
      const again = expectOk(await buildCharterFile(workshop, INFO));
      const written = JSON.parse(new TextDecoder().decode(c.bytes).replace(/^\uFEFF/, ""));
      if (!opened.intact) {
        // Its signatures approve other content, so they do not come along, and nor does what Accord cannot hold.
        expect(again.charter).toEqual(meaningfulCharter(opened.file));
        expect(again.signOff.signatures).toEqual([]);
        return;
      }
      // Intact: the charter as its file wrote it, fields Accord does not know (or of a later revision) included.
      expect(again.charter).toEqual(written.charter);
      expect(again.signOff).toEqual(opened.file.signOff);
      // The workshop acts only on what the file's revision means (docs: "Format revisions").
      expect(buildCharter(workshop)).toEqual(meaningfulCharter(opened.file));
    },
  );
});

it("the hand-written charter is a file an outside tool wrote: pretty-printed, unsealed, signed", () => {
  const file = JSON.parse(readFileSync(HAND_WRITTEN, "utf8"));
  expect(file.seal).toBeUndefined();
  expect(file.signOff.status).toBe("signed");
});
