import {
  type Checked,
  type Commit,
  call,
  commit,
  FROM_FACILITATOR,
  isChecked,
  openDocument,
} from "../../shared/contract";
import { COVERED_KEYS } from "../../shared/contract/invariants";
import { diff, invert } from "../../shared/contract/patch";
import { currentHash } from "../../shared/signoff/lock";
import { SCHEMA_VERSION, type Workshop, WorkshopSchema } from "../../shared/workshop/model";
import { aWorkshop, expectOk, sequentialIds } from "../builders";
import { aReadyWorkshop, aSignedWorkshop } from "../charter/charter-builders";
import { checked } from "../stored";

function accepted<T>(result: Commit<T>) {
  if (!result.ok) throw new Error(`expected the change to be accepted: ${JSON.stringify(result.problems)}`);
  return result;
}

function refusedWith(result: Commit) {
  if (result.ok) throw new Error("expected the change to be refused");
  return result.problems;
}

const AT = "2026-11-22T14:05:00Z";

/** A workshop as Accord wrote it before schema 4: no agenda, no session clock. */
function beforeSchema4(w: Workshop): Record<string, unknown> {
  const { agenda: _agenda, agendaStartedAt: _clock, ...older } = structuredClone(w);
  return older;
}

describe("commit: the one way a document changes", () => {
  it("returns the next document and what the operation made, and leaves the one it was given alone", () => {
    const before = checked(aWorkshop());
    const copy = structuredClone(before);
    const result = accepted(commit(before, call("addStage", { name: "MQL" }, sequentialIds("s")), FROM_FACILITATOR));
    expect(result.value).toBe("s-1");
    expect(result.document.stages.map((s) => [s.id, s.name])).toEqual([["s-1", "MQL"]]);
    expect(result.changed).toBe(true);
    expect(result.before).toBe(before);
    expect(before).toEqual(copy);
    expect(isChecked(result.document)).toBe(true);
  });

  it("passes an operation's own refusal on, with its path", () => {
    const before = checked(aWorkshop());
    expect(refusedWith(commit(before, call("renameStage", "nope", "SQL"), FROM_FACILITATOR))).toEqual([
      { path: "stageId", message: 'There is no stage with id "nope".' },
    ]);
  });

  it("says an unchanged document is unchanged, and gives the very same object back", () => {
    const before = checked(aWorkshop());
    const result = accepted(commit(before, call("startTimer", AT), FROM_FACILITATOR));
    const again = accepted(commit(result.document, call("startTimer", AT), FROM_FACILITATOR));
    expect(again.changed).toBe(false);
    expect(again.document).toBe(result.document);
  });

  it("freezes what it returns, so nothing can change a checked document in place", () => {
    const after = accepted(commit(checked(aWorkshop()), call("addTerm", { term: "Lead" }), FROM_FACILITATOR)).document;
    expect(() => {
      (after.terms as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (after.details as { title: string }).title = "Changed behind the contract's back";
    }).toThrow(TypeError);
  });

  it("refuses to run on a document that did not come through the contract: that is a bug, not a refusal", () => {
    expect(() => commit(aWorkshop() as Checked, call("startTimer", AT), FROM_FACILITATOR)).toThrow(
      /did not come through the contract/,
    );
  });
});

describe("the rules commit applies after every operation, whoever asks", () => {
  // Undo plays recorded changes back; a change played onto a document that moved on must still keep every rule.
  const replayed = (w: Checked, changes: Parameters<typeof call<"restoreChanges">>[1]) =>
    commit(w, call("restoreChanges", changes), FROM_FACILITATOR);

  it("the schema's limits: a name longer than the model allows is refused, with its JSON path", () => {
    const w = checked(aWorkshop());
    const long = "x".repeat(501);
    const problems = refusedWith(
      replayed(w, [
        { kind: "set", path: ["teams", { id: w.teams[0]?.id as string }, "name"], before: "", after: long },
      ]),
    );
    expect(problems).toEqual([{ path: "$.teams[0].name", message: "must be at most 500 characters long" }]);
  });

  it("the schema's limits: a workshop keeps at least two teams", () => {
    const w = checked(aWorkshop());
    const team = w.teams[1] as Workshop["teams"][number];
    const problems = refusedWith(
      replayed(w, [{ kind: "remove", path: ["teams"], item: team, after: w.teams[0]?.id ?? null, index: 1 }]),
    );
    expect(problems).toEqual([{ path: "$.teams", message: "has 1 teams; a workshop needs at least 2" }]);
  });

  it("references: an owner must be a team of this workshop", () => {
    const w = accepted(
      commit(checked(aWorkshop()), call("addStage", { name: "MQL" }, sequentialIds("s")), FROM_FACILITATOR),
    );
    const problems = refusedWith(
      replayed(w.document, [
        { kind: "set", path: ["stages", { id: "s-1" }, "owner", "teamId"], before: null, after: "gone" },
      ]),
    );
    expect(problems).toEqual([
      { path: "$.stages[0].owner.teamId", message: 'refers to team "gone", which is not in this workshop' },
    ]);
  });

  it("references: a vote in someone's name is cast with their own team", () => {
    const base = aReadyWorkshop();
    const w = checked(base);
    const sales = base.participants.find((p) => p.id === "p-bo")?.teamId as string;
    const marketing = base.teams.find((t) => t.id !== sales)?.id as string;
    expect(
      refusedWith(
        commit(w, call("castVote", "t-lead", { teamId: marketing, participantId: "p-bo" }, 4), FROM_FACILITATOR),
      ),
    ).toEqual([{ path: "teamId", message: "Bo Ærøskøbing votes with their own team, not another." }]);
    const vote = accepted(
      commit(w, call("castVote", "t-lead", { teamId: sales, participantId: "p-bo" }, 4), { origin: "room" }),
    );
    const again = accepted(
      commit(vote.document, call("castVote", "t-lead", { teamId: sales, participantId: "p-bo" }, 2), {
        origin: "room",
      }),
    );
    const votes = again.document.terms.find((t) => t.id === "t-lead")?.consensus.votes ?? [];
    expect(votes.filter((v) => v.participantId === "p-bo").map((v) => v.value)).toEqual([2]);
  });

  it("references are checked where a change happened, and a person's votes move with them to another team", () => {
    const base = aReadyWorkshop();
    const sales = base.participants.find((p) => p.id === "p-bo")?.teamId as string;
    const marketing = base.teams.find((t) => t.id !== sales)?.id as string;
    const voted = accepted(
      commit(checked(base), call("castVote", "t-lead", { teamId: sales, participantId: "p-bo" }, 4), FROM_FACILITATOR),
    ).document;
    const index = voted.terms.findIndex((t) => t.id === "t-lead");
    const vote = voted.terms[index]?.consensus.votes.findIndex((v) => v.id === "vote:p-bo") as number;
    const broken = replayed(voted, [
      {
        kind: "set",
        path: ["terms", { id: "t-lead" }, "consensus", "votes", { id: "vote:p-bo" }, "participantId"],
        before: "p-bo",
        after: "p-gone",
      },
    ]);
    expect(refusedWith(broken)).toEqual([
      {
        path: `$.terms[${index}].consensus.votes[${vote}].participantId`,
        message: 'refers to participant "p-gone", which is not in this workshop',
      },
    ]);
    const moved = accepted(commit(voted, call("updateParticipant", "p-bo", { teamId: marketing }), FROM_FACILITATOR));
    expect(moved.document.terms[index]?.consensus.votes.find((v) => v.id === "vote:p-bo")?.teamId).toBe(marketing);
  });

  it("a person's vote keeps one id per term, so undoing a clear while they voted again leaves one vote", () => {
    const base = aReadyWorkshop();
    const sales = base.participants.find((p) => p.id === "p-bo")?.teamId as string;
    const bo = { teamId: sales, participantId: "p-bo" };
    const first = accepted(commit(checked(base), call("castVote", "t-lead", bo, 4), { origin: "room" })).document;
    const cleared = accepted(commit(first, call("clearVotes", "t-lead"), FROM_FACILITATOR));
    const again = accepted(commit(cleared.document, call("castVote", "t-lead", bo, 2), { origin: "room" })).document;
    const undoClear = invert(diff(cleared.before, cleared.document));
    const undone = accepted(replayed(again, undoClear)).document;
    const votes = undone.terms.find((t) => t.id === "t-lead")?.consensus.votes ?? [];
    expect(votes.filter((v) => v.participantId === "p-bo").map((v) => v.value)).toEqual([2]);
  });

  it("a vote must fit the term's consensus check, whatever brings it in", () => {
    const w = checked(aReadyWorkshop());
    const index = w.terms.findIndex((t) => t.id === "t-lead");
    const team = w.teams[0]?.id as string;
    const problems = refusedWith(
      replayed(w, [
        {
          kind: "insert",
          path: ["terms", { id: "t-lead" }, "consensus", "votes"],
          item: { id: "v-odd", teamId: team, participantId: null, value: "block" } as never,
          after: null,
          index: 0,
        },
      ]),
    );
    expect(problems).toEqual([
      {
        path: `$.terms[${index}].consensus.votes[0].value`,
        message: "is not a fist-of-five score (0 to 5), as this term's consensus check asks",
      },
    ]);
  });

  it("a list the document needs cannot be taken away", () => {
    const w = checked(aWorkshop());
    expect(refusedWith(replayed(w, [{ kind: "set", path: ["terms"], before: [], after: undefined }]))).toEqual([
      { path: "$.terms", message: "must be a list" },
    ]);
  });

  it("the lock: a version everyone signed refuses a change to what was signed, and says how to go on", async () => {
    const signed = checked(await aSignedWorkshop());
    for (const change of [
      call("updateDetails", { title: "Renamed after signing" }),
      call("updateStage", "s-mql", { buyerLabel: "Curious" }),
      call("withdrawSignature", "p-ann", AT),
    ]) {
      expect(refusedWith(commit(signed, change, FROM_FACILITATOR))).toEqual([
        {
          path: "$.signOff",
          message: "Version 1 is signed and locked: to change it, start version 2 on the Sign off screen.",
        },
      ]);
    }
  });

  it("the lock: what is not signed still changes, and the next version can be started", async () => {
    const signed = checked(await aSignedWorkshop());
    accepted(commit(signed, call("moveStages", { "s-mql": { x: 480, y: 40 } }), FROM_FACILITATOR));
    accepted(commit(signed, call("startTimer", AT), FROM_FACILITATOR));
    const next = accepted(commit(signed, call("startNewVersion", currentHash(signed), AT), FROM_FACILITATOR));
    expect(next.document.signOff.version).toBe(2);
    accepted(commit(next.document, call("updateDetails", { title: "Version 2" }), FROM_FACILITATOR));
  });

  it("covers every part of the document, so a new field cannot go unchecked", () => {
    expect([...COVERED_KEYS].sort()).toEqual(Object.keys(WorkshopSchema.shape).sort());
  });
});

describe("where a change comes from, and how history treats it", () => {
  it("typing is coalesced under a key that names the field", () => {
    const w = checked(aReadyWorkshop());
    const team = w.teams[0]?.id as string;
    const typed = accepted(commit(w, call("recordDefinition", "t-mql", team, "A lead"), FROM_FACILITATOR));
    expect(typed.history).toEqual({ kind: "coalesce", key: `definition:t-mql:${team}` });
    const role = accepted(commit(w, call("updateStage", "s-mql", { owner: { role: "SDR" } }), FROM_FACILITATOR));
    expect(role.history).toEqual({ kind: "coalesce", key: "stage:s-mql:owner.role" });
  });

  it("a signature seals history, the timer stays outside it, an edit is its own step", () => {
    const w = checked(aReadyWorkshop());
    const signing = {
      participantId: "p-ann",
      name: "Anna Łódź",
      method: "typed" as const,
      image: null,
      at: AT,
      contentHash: currentHash(w),
    };
    expect(accepted(commit(w, call("signCharter", signing), FROM_FACILITATOR)).history).toEqual({ kind: "seal" });
    expect(accepted(commit(w, call("startTimer", AT), FROM_FACILITATOR)).history).toEqual({ kind: "none" });
    expect(accepted(commit(w, call("addTerm", { term: "Fit" }), FROM_FACILITATOR)).history).toEqual({ kind: "step" });
  });

  it("a change from the room or an import is never one of the facilitator's undo steps", () => {
    const w = checked(aReadyWorkshop());
    const team = w.teams[0]?.id as string;
    const vote = accepted(commit(w, call("castVote", "t-lead", team, 4), { origin: "room" }));
    expect(vote).toMatchObject({ origin: "room", history: { kind: "none" } });
    const imported = accepted(commit(w, call("addTerm", { term: "Fit" }), { origin: "import" }));
    expect(imported.history).toEqual({ kind: "none" });
  });

  it("the room may only do what its operations allow", () => {
    const w = checked(aReadyWorkshop());
    expect(refusedWith(commit(w, call("updateDetails", { title: "From a phone" }), { origin: "room" }))).toEqual([
      { path: "$", message: "The room cannot updateDetails: only the facilitator can." },
    ]);
  });
});

describe("openDocument: every document read from storage or a file", () => {
  it("upgrades a schema 1 workshop: its votes were keyed in for a team, by nobody in particular", () => {
    const w = aWorkshop();
    const team = w.teams[0]?.id as string;
    const schema1 = {
      ...beforeSchema4(w),
      schemaVersion: 1,
      terms: [
        {
          id: "t-1",
          term: "Lead",
          stageId: null,
          status: "discussing",
          teamDefinitions: {},
          teamSignals: {},
          agreed: { definition: "", entryCriteria: [], exitCriteria: [] },
          agreedAt: null,
          consensus: { method: "fist-of-five", votes: [{ id: "v-1", teamId: team, value: 4 }], override: null },
        },
      ],
    };
    const opened = expectOk(openDocument(schema1));
    expect(opened.schemaVersion).toBe(SCHEMA_VERSION);
    expect(opened.terms[0]?.consensus.votes).toEqual([{ id: "v-1", teamId: team, participantId: null, value: 4 }]);
    expect(schema1.schemaVersion).toBe(1);
    expect(isChecked(opened)).toBe(true);
  });

  it("upgrades a schema 2 workshop: invisible control characters it accepted are taken out, tabs and lines kept", () => {
    const w = aWorkshop();
    const team = w.teams[0]?.id as string;
    const schema2 = {
      ...beforeSchema4(w),
      schemaVersion: 2,
      details: { ...w.details, title: "Charter\u202Efdp.exe", facilitator: "Jo\u0000 Ærø" },
      parkingLot: [{ id: "pl-1", text: "First line\r\nsecond\tcolumn \u2066isolated\u2069", owner: null }],
      teams: w.teams.map((t, i) => (i === 0 ? { ...t, name: "Mark\u200Feting\u202C" } : t)),
    };
    const opened = expectOk(openDocument(schema2));
    expect(opened.schemaVersion).toBe(SCHEMA_VERSION);
    expect(opened.details.title).toBe("Charterfdp.exe");
    expect(opened.details.facilitator).toBe("Jo Ærø");
    expect(opened.parkingLot[0]?.text).toBe("First line\r\nsecond\tcolumn isolated");
    // A right-to-left mark only hints direction; it cannot reorder what follows, so it stays.
    expect(opened.teams.find((t) => t.id === team)?.name).toBe("Mark\u200Feting");
  });

  it("upgrades a schema 3 workshop: it gets an empty agenda, its clock not started", () => {
    const opened = expectOk(openDocument({ ...beforeSchema4(aWorkshop()), schemaVersion: 3 }));
    expect(opened.schemaVersion).toBe(SCHEMA_VERSION);
    expect(opened.agenda).toEqual([]);
    expect(opened.agendaStartedAt).toBeNull();
    expect(isChecked(opened)).toBe(true);
  });

  it("refuses what it cannot read, with paths that point into the file", () => {
    const broken = { ...aWorkshop(), teams: [{ id: "m", name: 7, colour: "#000000" }] };
    const opened = openDocument(broken, "$.workshop");
    expect(opened.ok ? [] : opened.problems).toEqual([
      { path: "$.workshop.teams[0].name", message: "must be a string, got a number" },
      { path: "$.workshop.teams", message: "must have at least 2 items" },
    ]);
    const newer = openDocument({ ...aWorkshop(), schemaVersion: 99 }, "$.workshop");
    expect(newer.ok ? [] : newer.problems[0]?.path).toBe("$.workshop");
  });

  it("returns a checked copy, with fields Accord does not know left out", () => {
    const raw = { ...aWorkshop(), somethingNew: true };
    const opened = expectOk(openDocument(raw));
    expect(opened).not.toBe(raw);
    expect("somethingNew" in opened).toBe(false);
    expect(Object.isFrozen(opened.details)).toBe(true);
  });

  it("freezes every part of a checked document, however deep", () => {
    const opened = expectOk(openDocument(aWorkshop()));
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value !== "object" || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(opened, "$");
    expect(opened.teams.length).toBeGreaterThan(0);
    expect(unfrozen).toEqual([]);
  });
});
