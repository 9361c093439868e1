import { formatProblems, MAX_PROBLEMS, validateWorkshop } from "../../shared/workshop/validate";
import { aWorkshop, expectOk, expectRefused } from "../builders";
import { aBrokenWorkshop, aFullWorkshop, type Editable } from "./backup-builders";

const problemsOf = (value: unknown) => expectRefused(validateWorkshop(value));

describe("validating a workshop that comes from outside", () => {
  it("a workshop Accord made is accepted as it is", () => {
    expect(expectOk(validateWorkshop(aFullWorkshop()))).toEqual(aFullWorkshop());
    expect(expectOk(validateWorkshop(aWorkshop()))).toEqual(aWorkshop());
  });

  it("fields Accord does not know are dropped rather than kept", () => {
    const w = expectOk(validateWorkshop(aBrokenWorkshop((w) => (w.teams[0].mood = "sunny"))));
    expect(w.teams[0]).not.toHaveProperty("mood");
  });

  it("a value of the wrong type names its path and what it got", () => {
    const problems = problemsOf(aBrokenWorkshop((w) => (w.stages[1].owner.teamId = 42)));
    expect(problems).toEqual([{ path: "$.stages[1].owner.teamId", message: "must be a string, got a number" }]);
  });

  it("a missing field says it is missing", () => {
    const problems = problemsOf(aBrokenWorkshop((w) => delete w.details.title));
    expect(problems).toEqual([{ path: "$.details.title", message: "is missing" }]);
  });

  it("an unknown status lists the statuses Accord knows", () => {
    const [problem] = problemsOf(aBrokenWorkshop((w) => (w.terms[0].status = "done")));
    expect(problem).toEqual({
      path: "$.terms[0].status",
      message: 'must be one of "open", "discussing", "agreed", "parked"',
    });
  });

  it("a team colour that is not #rrggbb keeps the model's own wording", () => {
    const [problem] = problemsOf(aBrokenWorkshop((w) => (w.teams[1].colour = "red")));
    expect(problem).toEqual({ path: "$.teams[1].colour", message: "must be a colour like #1f77b4" });
  });

  it("a workshop with one team says how many it needs", () => {
    const [problem] = problemsOf(aBrokenWorkshop((w) => w.teams.pop()));
    expect(problem).toEqual({ path: "$.teams", message: "must have at least 2 items" });
  });

  it("a vote that is neither a number of fingers nor agree/disagree/block says what it may be", () => {
    const [problem] = problemsOf(aBrokenWorkshop((w) => (w.terms[0].consensus.votes[0].value = "maybe")));
    expect(problem?.path).toBe("$.terms[0].consensus.votes[0].value");
    expect(problem?.message).toMatch(/must be a number, got a string, or must be one of "agree", "disagree", "block"/);
  });

  it("something that is not a workshop at all is refused at the root", () => {
    expect(problemsOf([1, 2])).toEqual([{ path: "$", message: "must be an object, got a list" }]);
    expect(problemsOf(null)[0]?.path).toBe("$");
  });

  it("an id used twice, even in different lists, is refused at the second use", () => {
    const problems = problemsOf(aBrokenWorkshop((w) => (w.parkingLot[0].id = w.stages[0].id)));
    expect(problems).toEqual([
      {
        path: "$.parkingLot[0].id",
        message: 'repeats the id "s-mql" already used at $.stages[0].id; ids must be unique',
      },
    ]);
  });

  it("a participant in a team that is not in the workshop is a dangling reference", () => {
    const problems = problemsOf(aBrokenWorkshop((w) => (w.participants[1].teamId = "t9")));
    expect(problems).toEqual([
      { path: "$.participants[1].teamId", message: 'refers to team "t9", which is not in this workshop' },
    ]);
  });

  it.each([
    ["a stage owner", (w: Editable) => (w.stages[0].owner.teamId = "gone"), "$.stages[0].owner.teamId", "team"],
    ["a transition's start", (w: Editable) => (w.transitions[0].from = "gone"), "$.transitions[0].from", "stage"],
    ["a transition's end", (w: Editable) => (w.transitions[0].to = "gone"), "$.transitions[0].to", "stage"],
    [
      "a handoff owner",
      (w: Editable) => (w.transitions[0].owner.teamId = "gone"),
      "$.transitions[0].owner.teamId",
      "team",
    ],
    ["a term's stage", (w: Editable) => (w.terms[1].stageId = "gone"), "$.terms[1].stageId", "stage"],
    [
      "a vote's team",
      (w: Editable) => (w.terms[0].consensus.votes[0].teamId = "gone"),
      "$.terms[0].consensus.votes[0].teamId",
      "team",
    ],
    ["a KPI owner", (w: Editable) => (w.kpis[0].ownerTeamId = "gone"), "$.kpis[0].ownerTeamId", "team"],
    [
      "feedback from a team",
      (w: Editable) => (w.feedbackLoop[0].fromTeamId = "gone"),
      "$.feedbackLoop[0].fromTeamId",
      "team",
    ],
    [
      "feedback to a team",
      (w: Editable) => (w.feedbackLoop[0].toTeamId = "gone"),
      "$.feedbackLoop[0].toTeamId",
      "team",
    ],
    ["a decision's term", (w: Editable) => (w.decisions[0].termId = "gone"), "$.decisions[0].termId", "term"],
    [
      "a signature's signer",
      (w: Editable) => (w.signOff.signatures[0].participantId = "gone"),
      "$.signOff.signatures[0].participantId",
      "participant",
    ],
  ])("%s that points nowhere is refused", (_, breakIt, path, kind) => {
    expect(problemsOf(aBrokenWorkshop(breakIt))).toEqual([
      { path, message: `refers to ${kind} "gone", which is not in this workshop` },
    ]);
  });

  it("a definition or signal list kept for a team that is not in the workshop is refused", () => {
    const problems = problemsOf(
      aBrokenWorkshop((w) => {
        w.terms[0].teamDefinitions.t9 = "Anyone who opened an email";
        w.terms[1].teamSignals["old team"] = [];
      }),
    );
    expect(problems).toEqual([
      { path: "$.terms[0].teamDefinitions.t9", message: 'belongs to team "t9", which is not in this workshop' },
      {
        path: '$.terms[1].teamSignals["old team"]',
        message: 'belongs to team "old team", which is not in this workshop',
      },
    ]);
  });

  it("two terms naming the same stage are refused", () => {
    const problems = problemsOf(aBrokenWorkshop((w) => (w.terms[1].stageId = "s-mql")));
    expect(problems).toEqual([
      {
        path: "$.terms[1].stageId",
        message: 'names stage "s-mql", which $.terms[0] already names; a stage has one term',
      },
    ]);
  });

  it("a broken file shows twenty problems and says how many more there are", () => {
    const problems = problemsOf(
      aBrokenWorkshop((w) => {
        w.parkingLot = Array.from({ length: 50 }, (_, i) => ({ id: i, text: "x", owner: null, due: null }));
      }),
    );
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[0]).toEqual({ path: "$.parkingLot[0].id", message: "must be a string, got a number" });
    expect(problems.at(-1)).toEqual({ path: "$", message: "has 31 more problems not shown" });
  });

  it("refuses invisible control characters in text and ids, naming each and where", () => {
    const problems = validateWorkshop(
      aBrokenWorkshop((w) => {
        w.teams[0].name = "Sales\u0000";
        w.details.title = "Charter\u202Efdp.exe";
      }),
    );
    expect(problems.ok ? [] : problems.problems.map((p) => `${p.path}: ${p.message.split(",")[0]}`)).toEqual([
      "$.details.title: must not hold U+202E (right-to-left override)",
      "$.teams[0].name: must not hold U+0000 (null)",
    ]);
  });

  it("direction marks, a byte-order mark and emoji in text are data: accepted and kept verbatim", () => {
    const odd = "Lead\u200Felas\u200E\uFEFF\uD83D\uDE00";
    const w = expectOk(
      validateWorkshop(
        aBrokenWorkshop((w) => {
          w.teams[0].name = odd;
          w.terms[0].teamDefinitions[w.teams[0].id] = odd;
        }),
      ),
    );
    expect(w.teams[0]?.name).toBe(odd);
    expect(Object.values(w.terms[0]?.teamDefinitions ?? {})).toContain(odd);
  });
});

describe("keys that could rewrite prototypes", () => {
  it.each(["__proto__", "constructor", "prototype"])("a %s key anywhere is refused and pollutes nothing", (key) => {
    const text = JSON.stringify(aFullWorkshop()).replace(
      '"signatory":true',
      `"signatory":true,"${key}":{"polluted":true}`,
    );
    const problems = problemsOf(JSON.parse(text));
    expect(problems[0]?.path).toBe(`$.participants[0].${key}`);
    expect(problems[0]?.message).toMatch(/a key Accord never writes/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

describe("formatting problems for a person", () => {
  it("gives one line per problem, naming the file and the place", () => {
    const text = formatProblems(
      [
        { path: "$.teams[0].name", message: "must be a string" },
        { path: "$", message: "has 3 more problems not shown" },
      ],
      "backup.json",
    );
    expect(text).toBe("backup.json: $.teams[0].name must be a string\nbackup.json has 3 more problems not shown");
  });

  it("without a file name, the path leads and the file is 'The file'", () => {
    expect(formatProblems([{ path: "$.id", message: "is missing" }])).toBe("$.id is missing");
    expect(formatProblems([{ path: "$", message: "is empty" }])).toBe("The file is empty");
  });
});
