import { MIGRATIONS, type MigrationStep, migrateWorkshop, runMigrations } from "../../shared/workshop/migrations";
import { SCHEMA_VERSION } from "../../shared/workshop/model";
import { aWorkshop, expectOk, expectRefused } from "../builders";

/** Test-only history: schema 0 called teams "groups"; schema 2 adds a "notes" field. */
const renameGroups: MigrationStep = {
  from: 0,
  to: 1,
  upgrade: ({ groups, ...rest }) => ({ ...rest, teams: groups }),
};
const addNotes: MigrationStep = { from: 1, to: 2, upgrade: (doc) => ({ ...doc, notes: [] }) };

describe("reading workshops from other versions of Accord", () => {
  it("a workshop of the current schema passes through untouched", () => {
    const w = aWorkshop();
    expect(expectOk(migrateWorkshop(w))).toBe(w);
  });

  it("the shipped migration chain reaches the current schema without gaps", () => {
    for (const step of MIGRATIONS) expect(step.to).toBe(step.from + 1);
    expect(MIGRATIONS.at(-1)?.to ?? SCHEMA_VERSION).toBe(SCHEMA_VERSION);
  });

  it("a backup from a newer Accord is refused and says which version it needs", () => {
    const problems = expectRefused(migrateWorkshop({ ...aWorkshop(), schemaVersion: 99 }));
    expect(problems).toEqual([
      {
        path: "$",
        message: `was made by a newer Accord (schema 99); this version reads up to schema ${SCHEMA_VERSION}`,
      },
    ]);
  });

  it.each([
    ["missing", undefined],
    ["text", "1"],
    ["a fraction", 1.5],
    ["null", null],
  ])("a workshop whose schemaVersion is %s is not an Accord workshop", (_, schemaVersion) => {
    const problems = expectRefused(migrateWorkshop({ ...aWorkshop(), schemaVersion }));
    expect(problems).toEqual([{ path: "$", message: "has no schemaVersion: this is not an Accord workshop" }]);
  });

  it("something that is not an object at all has no schemaVersion either", () => {
    expect(expectRefused(migrateWorkshop([1]))[0]?.message).toMatch(/has no schemaVersion/);
    expect(expectRefused(migrateWorkshop("workshop"))[0]?.message).toMatch(/has no schemaVersion/);
  });

  it("a schema older than any Accord ever wrote is refused, not treated as a bug", () => {
    const problems = expectRefused(migrateWorkshop({ schemaVersion: -3 }));
    expect(problems[0]?.message).toBe(
      `has schema -3, which no Accord ever wrote; this version reads schema 1 to ${SCHEMA_VERSION}`,
    );
    const withHistory = expectRefused(migrateWorkshop({ schemaVersion: -3 }, [renameGroups], 1));
    expect(withHistory[0]?.message).toMatch(/this version reads schema 0 to 1$/);
  });
});

describe("the migration runner", () => {
  it("applies every step from the file's schema to the latest, in order", () => {
    const old = { schemaVersion: 0, id: "w", groups: ["Marketing"] };
    const upgraded = expectOk(migrateWorkshop(old, [addNotes, renameGroups], 2));
    expect(upgraded).toEqual({ schemaVersion: 2, id: "w", teams: ["Marketing"], notes: [] });
  });

  it("starts from the file's own schema, skipping steps it does not need", () => {
    const upgraded = runMigrations({ schemaVersion: 1, teams: [] }, 1, 2, [renameGroups, addNotes]);
    expect(upgraded).toEqual({ schemaVersion: 2, teams: [], notes: [] });
  });

  it("each step sees the output of the one before", () => {
    const seen: number[] = [];
    const record = (from: number): MigrationStep => ({
      from,
      to: from + 1,
      upgrade: (doc) => {
        seen.push(doc.schemaVersion as number);
        return doc;
      },
    });
    runMigrations({ schemaVersion: 0 }, 0, 3, [record(2), record(0), record(1)]);
    expect(seen).toEqual([0, 1, 2]);
  });

  it("a gap in the chain is a bug in Accord and throws", () => {
    const skipsOne: MigrationStep = { from: 2, to: 3, upgrade: (doc) => doc };
    expect(() => migrateWorkshop({ schemaVersion: 0, groups: [] }, [renameGroups, skipsOne], 3)).toThrow(
      /broken at schema 1/,
    );
  });

  it("a step that jumps two versions, or two steps from one version, is a bug too", () => {
    const jumps: MigrationStep = { from: 0, to: 2, upgrade: (doc) => doc };
    expect(() => runMigrations({}, 0, 2, [jumps])).toThrow(/broken at schema 0/);
    expect(() => runMigrations({}, 0, 1, [renameGroups, renameGroups])).toThrow(/broken at schema 0/);
  });

  it("a step that returns something other than a document is a bug", () => {
    const broken = { from: 0, to: 1, upgrade: () => null } as unknown as MigrationStep;
    expect(() => runMigrations({}, 0, 1, [broken])).toThrow(/did not return a document/);
  });

  it("upgrading never changes the workshop it was given, even when a step mutates its input", () => {
    const careless: MigrationStep = {
      from: 0,
      to: 1,
      upgrade: (doc) => {
        (doc.teams as string[]).push("Sales");
        return doc;
      },
    };
    const old = { schemaVersion: 0, teams: ["Marketing"] };
    const before = structuredClone(old);
    const upgraded = expectOk(migrateWorkshop(old, [careless], 1));
    expect(old).toEqual(before);
    expect(upgraded).toEqual({ schemaVersion: 1, teams: ["Marketing", "Sales"] });
  });

  it("an old workshop with a __proto__ key is refused before any step copies it", () => {
    const old = JSON.parse('{"schemaVersion": 0, "groups": [], "__proto__": {"polluted": true}}');
    const problems = expectRefused(migrateWorkshop(old, [renameGroups], 1));
    expect(problems[0]?.path).toBe("$.__proto__");
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
