import fc from "fast-check";
import { parseBackup, serializeBackup } from "../../shared/backup/backup";
import { detectFileKind } from "../../shared/files/kinds";
import { SCHEMA_VERSION } from "../../shared/workshop/model";
import { formatProblems } from "../../shared/workshop/validate";
import { aWorkshop, expectOk, expectRefused } from "../builders";
import { AT, aBackupText, aBrokenBackup, aFullWorkshop } from "./backup-builders";

const open = (text: string, maxBytes?: number) => parseBackup(text, { fileName: "backup.json", maxBytes });
const messageFor = (text: string, maxBytes?: number) =>
  formatProblems(expectRefused(open(text, maxBytes)), "backup.json");

describe("saving and restoring a workshop backup", () => {
  it("a backup restores exactly the workshop that was saved", () => {
    const workshop = aFullWorkshop();
    expect(expectOk(open(aBackupText(workshop)))).toEqual(workshop);
  });

  it("a backup says what it is, who wrote it and when, and is readable by a person", () => {
    const text = serializeBackup(aWorkshop(), { appVersion: "1.2.3", exportedAt: AT });
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: "accord.workshop",
      formatVersion: 1,
      generator: "Accord 1.2.3",
      exportedAt: AT,
    });
    expect(file.workshop).toEqual(aWorkshop());
    expect(text).toContain('\n  "format": "accord.workshop",\n');
  });

  it("a backup saved by a Windows editor with a byte-order mark still opens", () => {
    expect(open(`\uFEFF${aBackupText()}`).ok).toBe(true);
  });

  it("tabs, line breaks, direction marks and emoji survive the round trip verbatim", () => {
    const workshop = aFullWorkshop();
    const odd = "Right\u200Fto\u200Eleft \uD83D\uDE00 joined\u200D\r\n\tindented";
    workshop.participants[0] = { ...(workshop.participants[0] as (typeof workshop.participants)[0]), name: odd };
    workshop.parkingLot[0] = { id: "pl-1", text: odd, owner: odd, due: null };
    expect(expectOk(open(aBackupText(workshop)))).toEqual(workshop);
  });

  it("refuses a backup whose text holds an invisible control character, naming it and where", () => {
    const workshop = aFullWorkshop();
    workshop.parkingLot[0] = { id: "pl-1", text: "Charter\u202Efdp.exe", owner: null, due: null };
    const problems = (open(aBackupText(workshop)) as { ok: false; problems: { path: string; message: string }[] })
      .problems;
    expect(problems).toContainEqual({
      path: "$.workshop.parkingLot[0].text",
      message:
        "must not hold U+202E (right-to-left override), an invisible character that makes text read differently than it is stored (character 8)",
    });
  });
});

describe("files that are not a workshop backup", () => {
  it("an absurdly large file is refused before it is read, naming its size", () => {
    const big = " ".repeat(80 * 1024 * 1024);
    expect(messageFor(big)).toBe("backup.json is 80 MiB; the largest file Accord opens is 50 MiB");
  });

  it("the size limit counts bytes on disk, not characters", () => {
    expect(messageFor(`"${"é".repeat(600)}"`, 1000)).toBe(
      "backup.json is 1.2 KiB; the largest file Accord opens is 1000 bytes",
    );
  });

  it("an empty file says it is empty", () => {
    expect(messageFor("")).toBe("backup.json is empty");
    expect(messageFor(" \n\t ")).toBe("backup.json is empty");
  });

  it("a file that is not JSON says where the syntax breaks", () => {
    expect(messageFor('{\n  "format": "accord.workshop",\n  oops\n}')).toBe(
      'backup.json is not valid JSON: unexpected "o" at line 3, column 3',
    );
    expect(messageFor('{"a":}')).toBe('backup.json is not valid JSON: unexpected "}" at line 1, column 6');
    expect(messageFor("PK\u0003\u0004")).toBe('backup.json is not valid JSON: unexpected "P" at line 1, column 1');
  });

  it("a truncated backup says it ends too early, and where", () => {
    const text = aBackupText();
    const cut = text.slice(0, text.length / 2);
    const lines = cut.split("\n");
    expect(messageFor(cut)).toBe(
      `backup.json is not valid JSON: it ends too early, at line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}; it may be cut short`,
    );
  });

  it("JSON that is not an object is not an Accord file", () => {
    expect(messageFor("[1, 2]")).toBe(
      'backup.json is not an Accord file: it holds a list, not an object with a "format"',
    );
    expect(messageFor('"workshop"')).toMatch(/it holds a string/);
    expect(messageFor("null")).toMatch(/it holds null/);
  });

  it("a charter opened as a backup is recognised as a charter so it can be routed", () => {
    const charter = { format: "accord.charter", formatVersion: 1, charter: {}, signOff: {}, layout: {} };
    expect(messageFor(JSON.stringify(charter))).toBe("backup.json is a charter, not a workshop backup");
    expect(detectFileKind(charter)).toBe("charter");
    expect(detectFileKind(JSON.parse(aBackupText()))).toBe("workshop-backup");
    expect(detectFileKind({ format: "something.else" })).toBe("unknown");
    expect(detectFileKind([{ format: "accord.charter" }])).toBe("unknown");
  });

  it("a file of another format, or of no format, is refused at $.format", () => {
    expect(messageFor('{"format": "excalidraw"}')).toBe(
      'backup.json: $.format is "excalidraw", not "accord.workshop": this is not an Accord workshop backup',
    );
    expect(messageFor('{"workshop": {}}')).toBe(
      "backup.json: $.format is missing: this is not an Accord workshop backup",
    );
  });

  it("a backup from a newer Accord is refused and says which backup format it needs", () => {
    expect(messageFor(aBrokenBackup((f) => (f.formatVersion = 2)))).toBe(
      "backup.json was made by a newer Accord (backup format 2); this version reads up to backup format 1",
    );
  });

  it("a formatVersion that is not a whole number is refused", () => {
    expect(messageFor(aBrokenBackup((f) => (f.formatVersion = "1")))).toBe(
      "backup.json: $.formatVersion must be a whole number from 1, got a string",
    );
  });

  it("a workshop from a newer Accord is refused and says which schema it needs", () => {
    expect(messageFor(aBrokenBackup((f) => (f.workshop.schemaVersion = 99)))).toBe(
      `backup.json: $.workshop was made by a newer Accord (schema 99); this version reads up to schema ${SCHEMA_VERSION}`,
    );
  });

  it("a backup without its workshop, or with no schemaVersion, says so", () => {
    expect(messageFor(aBrokenBackup((f) => delete f.workshop))).toBe("backup.json: $.workshop is missing");
    expect(messageFor(aBrokenBackup((f) => delete f.workshop.schemaVersion))).toBe(
      "backup.json: $.workshop has no schemaVersion: this is not an Accord workshop",
    );
  });

  it("a dangling team reference names the place inside the workshop", () => {
    expect(messageFor(aBrokenBackup((f) => (f.workshop.stages[0].owner.teamId = "t9")))).toBe(
      'backup.json: $.workshop.stages[0].owner.teamId refers to team "t9", which is not in this workshop',
    );
  });

  it("duplicate ids are refused", () => {
    expect(messageFor(aBrokenBackup((f) => (f.workshop.kpis[0].id = f.workshop.teams[0].id)))).toMatch(
      /^backup\.json: \$\.workshop\.kpis\[0\]\.id repeats the id "w-1" already used at \$\.workshop\.teams\[0\]\.id/,
    );
  });

  it("wrong types are refused with what was expected and what was found", () => {
    expect(messageFor(aBrokenBackup((f) => (f.workshop.teams[0].name = 7)))).toBe(
      "backup.json: $.workshop.teams[0].name must be a string, got a number",
    );
  });

  it("__proto__ keys are refused and Object.prototype is untouched afterwards", () => {
    const text = aBackupText().replace(
      '"format": "accord.workshop",',
      '"format": "accord.workshop", "__proto__": {"isAdmin": true},',
    );
    const inWorkshop = aBackupText().replace('"timer": {', '"timer": {"__proto__": {"isAdmin": true},');
    expect(messageFor(text)).toMatch(/^backup\.json: \$\.__proto__ is a key Accord never writes/);
    expect(messageFor(inWorkshop)).toMatch(
      /^backup\.json: \$\.workshop\.timer\.__proto__ is a key Accord never writes/,
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("isAdmin");
  });

  it("100,000 levels of nested arrays are refused with a message, not a crash", () => {
    const depth = 100_000;
    const deep = `${"[".repeat(depth)}${"]".repeat(depth)}`;
    expect(messageFor(deep)).toMatch(/it holds a list/);
    const text = aBackupText().replace('"signals": [', `"signals": [${deep},`);
    expect(messageFor(text)).toMatch(/^backup\.json: \$\.workshop\.signals(\[0\])+ is nested more than 64 levels deep/);
  });

  it("a truncated deeply nested file is located without overflowing", () => {
    expect(messageFor("[".repeat(100_000))).toMatch(/ends too early, at line 1, column 100001/);
  });
});

describe("any JSON that is not a backup", () => {
  it("is refused without throwing, with problems that have a path", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseBackup(JSON.stringify(value), { fileName: "any.json" });
        expect(result.ok).toBe(false);
        const problems = expectRefused(result);
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) expect(problem.path.startsWith("$")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("even when it claims to be a backup", () => {
    const backupish = fc.record({
      format: fc.constant("accord.workshop"),
      formatVersion: fc.constant(1),
      workshop: fc.dictionary(fc.string(), fc.jsonValue()).map((w) => ({ ...w, schemaVersion: 1 })),
    });
    fc.assert(
      fc.property(backupish, (value) => {
        const problems = expectRefused(parseBackup(JSON.stringify(value), { fileName: "any.json" }));
        expect(problems[0]?.path.startsWith("$.workshop")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("broken text in a backup", () => {
  it("is refused with its place, so no accepted workshop can fail to hash, sign or export", () => {
    const text = aBrokenBackup((f) => {
      f.workshop.terms[0].teamDefinitions[f.workshop.teams[0].id] = "Downloaded a \ud800whitepaper";
    });
    const problems = expectRefused(parseBackup(text));
    expect(problems).toEqual([
      {
        path: `$.workshop.terms[0].teamDefinitions[${JSON.stringify(JSON.parse(text).workshop.teams[0].id)}]`,
        message: "must not hold a broken character (half of a surrogate pair)",
      },
    ]);
  });
});

describe("a drawn signature in a backup", () => {
  it("is checked as the PNG it claims to be: an SVG with a PNG label is refused where it is", () => {
    const svg = `data:image/png;base64,${btoa("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")}`;
    const text = aBrokenBackup((f) => {
      const w = f.workshop;
      w.participants = [{ id: "p-1", name: "Ann", role: "CMO", teamId: w.teams[0].id, signatory: true }];
      w.signOff.signatures = [
        {
          id: "sig-1",
          participantId: "p-1",
          name: "Ann",
          signedAt: "2026-11-22T14:05:00Z",
          method: "drawn",
          image: svg,
          contentHash: `sha256:${"0".repeat(64)}`,
        },
      ];
    });
    expect(expectRefused(parseBackup(text))).toEqual([
      {
        path: "$.workshop.signOff.signatures[0].image",
        message: "must be a drawn signature as a PNG image, but it is not a PNG image: its bytes say otherwise",
      },
    ]);
  });
});
