import { insertStageOn } from "../../shared/journey/edit";
import { type Workshop, WorkshopSchema } from "../../shared/workshop/model";
import { addStage, updateStage } from "../../shared/workshop/stages";
import { moveTerm } from "../../shared/workshop/terms";
import {
  connectStages,
  reconnectTransition,
  removeTransitions,
  updateTransition,
} from "../../shared/workshop/transitions";
import { aWorkshop, expectOk } from "../builders";
import { aJourney, deepFreeze, expectRefusal, expectValid, idsOf } from "./journey-builders";

/** MQL → SAL (t-1, a handoff from Marketing to Sales) and SAL → Won (t-2, both Sales). */
function linked() {
  const { w, marketing, sales } = aJourney();
  let next = expectOk(connectStages(w, "mql", "sal", () => "t-1")).workshop;
  next = expectOk(connectStages(next, "sal", "won", () => "t-2")).workshop;
  return { w: deepFreeze(next), marketing, sales };
}

describe("connecting stages", () => {
  it("a transition between two teams' stages is a handoff owned by the receiving team", () => {
    const { w, sales } = aJourney();
    const next = expectOk(connectStages(w, "mql", "sal", () => "t-1")).workshop;
    expect(next.transitions).toEqual([
      {
        id: "t-1",
        from: "mql",
        to: "sal",
        handoff: true,
        trigger: "",
        owner: { teamId: sales, role: "" },
        sla: null,
        onReject: null,
      },
    ]);
    expect(w.transitions).toEqual([]);
  });

  it("a transition within one team, or to a stage nobody owns yet, is not a handoff", () => {
    const { w } = aJourney();
    expect(expectOk(connectStages(w, "sal", "won")).workshop.transitions[0]?.handoff).toBe(false);
    const unowned = expectOk(addStage(w, { name: "Recycled", outcome: "recycled" }, () => "recycled")).workshop;
    const next = expectOk(connectStages(unowned, "sal", "recycled")).workshop;
    expect(next.transitions[0]).toMatchObject({ handoff: false, owner: { teamId: null, role: "" } });
  });

  it("copies the receiving stage's owner rather than sharing it", () => {
    const { w } = aJourney();
    const next = expectOk(connectStages(w, "mql", "sal")).workshop;
    expect(next.transitions[0]?.owner).not.toBe(next.stages[1]?.owner);
  });

  it("refuses unknown stages, a stage connected to itself and a second MQL → SAL", () => {
    const { w } = linked();
    expect(expectRefusal(w, (f) => connectStages(f, "ghost", "sal"))).toEqual({
      path: "from",
      message: 'There is no stage with id "ghost".',
    });
    expect(expectRefusal(w, (f) => connectStages(f, "mql", "ghost"))).toEqual({
      path: "to",
      message: 'There is no stage with id "ghost".',
    });
    expect(expectRefusal(w, (f) => connectStages(f, "sal", "sal"))).toEqual({
      path: "to",
      message: "A transition cannot connect a stage to itself.",
    });
    expect(expectRefusal(w, (f) => connectStages(f, "mql", "sal"))).toEqual({
      path: "to",
      message: "MQL is already connected to SAL.",
    });
  });

  it("allows the way back (SAL → MQL) as a separate transition", () => {
    const { w } = linked();
    expect(expectOk(connectStages(w, "sal", "mql")).workshop.transitions).toHaveLength(3);
  });
});

describe("reconnecting a transition", () => {
  it("moves its ends and keeps what the room decided about it", () => {
    const { w } = linked();
    const decided = expectOk(updateTransition(w, "t-1", { trigger: "Score reaches 80" }));
    const next = expectValid(reconnectTransition(decided, "t-1", { to: "won" }));
    expect(next.transitions[0]).toMatchObject({ from: "mql", to: "won", trigger: "Score reaches 80", handoff: true });
    expect(next.transitions[1]).toBe(decided.transitions[1]);
  });

  it("may be reconnected to the ends it already has", () => {
    const { w } = linked();
    expect(expectValid(reconnectTransition(w, "t-1", { from: "mql", to: "sal" })).transitions).toEqual(w.transitions);
  });

  it("refuses an unknown transition, an unknown stage, a loop and a duplicate", () => {
    const { w } = linked();
    expect(expectRefusal(w, (f) => reconnectTransition(f, "t-9", { to: "won" }))).toEqual({
      path: "transitionId",
      message: 'There is no transition with id "t-9".',
    });
    expect(expectRefusal(w, (f) => reconnectTransition(f, "t-1", { from: "ghost" })).path).toBe("from");
    expect(expectRefusal(w, (f) => reconnectTransition(f, "t-1", { from: "sal" })).message).toBe(
      "A transition cannot connect a stage to itself.",
    );
    expect(expectRefusal(w, (f) => reconnectTransition(f, "t-1", { from: "sal", to: "won" })).message).toBe(
      "SAL is already connected to Won.",
    );
  });
});

describe("updating a transition", () => {
  it("records the handoff's trigger, owner, SLA and what happens on rejection", () => {
    const { w, sales } = linked();
    const next = expectValid(
      updateTransition(w, "t-1", {
        trigger: "Lead score reaches 80 and the contact fits the profile",
        owner: { role: "SDR" },
        sla: { within: 24, unit: "business-hours" },
        onReject: "Back to nurture with a reason code",
      }),
    );
    expect(next.transitions[0]).toMatchObject({
      handoff: true,
      trigger: "Lead score reaches 80 and the contact fits the profile",
      owner: { teamId: sales, role: "SDR" },
      sla: { within: 24, unit: "business-hours" },
      onReject: "Back to nurture with a reason code",
    });
  });

  it("clears the SLA and the rejection rule, and can mark a transition as no handoff", () => {
    const { w } = linked();
    const set = expectOk(updateTransition(w, "t-1", { sla: { within: 1, unit: "hours" }, onReject: "Recycle" }));
    const next = expectValid(updateTransition(set, "t-1", { sla: null, onReject: null, handoff: false }));
    expect(next.transitions[0]).toMatchObject({ sla: null, onReject: null, handoff: false });
  });

  it("a changed stage owner does not rewrite transitions already drawn", () => {
    const { w, marketing } = linked();
    const next = expectValid(updateStage(w, "sal", { owner: { teamId: marketing } }));
    expect(next.transitions).toBe(w.transitions);
  });

  it("refuses an SLA of zero, a negative, an endless or a huge one, and an unknown unit", () => {
    const { w } = linked();
    for (const within of [0, -4, Number.POSITIVE_INFINITY, Number.NaN, 100_001]) {
      expect(expectRefusal(w, (f) => updateTransition(f, "t-1", { sla: { within, unit: "hours" } }))).toEqual({
        path: "$.transitions[0].sla.within",
        message: "An SLA must be a number of hours above 0 and at most 100000.",
      });
    }
    const weeks = { within: 2, unit: "weeks" } as never;
    expect(expectRefusal(w, (f) => updateTransition(f, "t-1", { sla: weeks })).path).toBe("$.transitions[0].sla.unit");
  });

  it("refuses an owner team that does not exist and an unknown transition", () => {
    const { w } = linked();
    expect(expectRefusal(w, (f) => updateTransition(f, "t-2", { owner: { teamId: "ghost" } }))).toEqual({
      path: "$.transitions[1].owner.teamId",
      message: 'There is no team with id "ghost".',
    });
    expect(expectRefusal(w, (f) => updateTransition(f, "t-9", { trigger: "x" })).path).toBe("transitionId");
  });
});

describe("removing transitions", () => {
  it("removes the chosen transitions only", () => {
    const { w } = linked();
    const next = expectValid(removeTransitions(w, ["t-1"]));
    expect(next.transitions.map((t) => t.id)).toEqual(["t-2"]);
    expect(next.stages).toBe(w.stages);
  });

  it("refuses an unknown transition and removes nothing", () => {
    const { w } = linked();
    expect(expectRefusal(w, (f) => removeTransitions(f, ["t-1", "t-9"]))).toEqual({
      path: "transitionIds[1]",
      message: 'There is no transition with id "t-9".',
    });
  });
});

describe("stages and terms follow the journey as it is drawn", () => {
  const ids = (w: { stages: { id: string }[] }) => w.stages.map((s) => s.id);
  const termIds = (w: { terms: { stageId: string | null }[] }) => w.terms.map((t) => t.stageId);

  it("a stage drawn last and connected between two others is listed between them, its term too", () => {
    const { w } = linked();
    let next = expectOk(addStage(w, { name: "SQL", position: { x: 400, y: 0 } }, idsOf("sql", "term-sql"))).workshop;
    expect(ids(next)).toEqual(["mql", "sal", "won", "sql"]);
    next = expectOk(connectStages(next, "sql", "won")).workshop;
    next = expectOk(connectStages(next, "sal", "sql")).workshop;
    expect(ids(next)).toEqual(["mql", "sal", "sql", "won"]);
    expect(termIds(next)).toEqual(["mql", "sal", "sql", "won"]);
  });

  it("a loop back to the start, or a stage already reached, keeps its place", () => {
    const { w } = linked();
    const back = expectOk(connectStages(w, "won", "mql")).workshop;
    expect(ids(back)).toEqual(["mql", "sal", "won"]);
    const skip = expectOk(connectStages(w, "mql", "won")).workshop;
    expect(ids(skip)).toEqual(["mql", "sal", "won"]);
  });

  it("a term the room moved keeps its own place when its stage is already in order", () => {
    const { w } = aJourney();
    const moved = expectOk(moveTerm(w, "term-sal", 0));
    const next = expectOk(connectStages(moved, "mql", "sal")).workshop;
    expect(termIds(next)).toEqual(["sal", "mql", "won"]);
  });
});

describe("inserting a stage on a transition", () => {
  it("rewires A → B into A → new → B, the old transition keeping its rules into B, in one step", () => {
    const { w } = linked();
    const agreed = expectOk(updateTransition(w, "t-1", { trigger: "Score 80", sla: { within: 4, unit: "hours" } }));
    const { workshop: next, value } = expectOk(
      insertStageOn(agreed, "t-1", { name: "SQL", position: { x: 100, y: 0 } }, idsOf("sql", "term-sql", "t-new")),
    );
    expect(value).toBe("sql");
    WorkshopSchema.parse(next);
    const t1 = next.transitions.find((t) => t.id === "t-1");
    expect(t1).toMatchObject({ from: "sql", to: "sal", trigger: "Score 80", sla: { within: 4, unit: "hours" } });
    expect(next.transitions.find((t) => t.id === "t-new")).toMatchObject({ from: "mql", to: "sql", trigger: "" });
    expect(next.stages.map((s) => s.id)).toEqual(["mql", "sql", "sal", "won"]);
    expect(next.terms.map((t) => t.stageId)).toEqual(["mql", "sql", "sal", "won"]);
  });

  it("refuses a transition that is not there, and a name already taken, changing nothing", () => {
    const { w } = linked();
    expect(expectRefusal(w, (f) => insertStageOn(f, "t-9", { name: "SQL" })).path).toBe("transitionId");
    expect(expectRefusal(w, (f) => insertStageOn(f, "t-1", { name: "SAL" })).message).toMatch(/SAL/);
  });
});

describe("the journey's order when it is drawn in an unusual order", () => {
  const order = (w: Workshop) => w.stages.map((s) => s.id);
  const withStages = (names: string[]) => {
    let w = aWorkshop();
    for (const n of names) w = expectOk(addStage(w, { name: n }, idsOf(n, `term-${n}`))).workshop;
    return w;
  };
  const connect = (w: Workshop, ...pairs: [string, string][]) =>
    pairs.reduce((next, [a, b]) => expectOk(connectStages(next, a, b)).workshop, w);

  it("a branch drawn after a chain goes after the whole chain, not inside it", () => {
    const w = connect(withStages(["A", "B", "C", "D"]), ["A", "B"], ["B", "C"], ["A", "D"]);
    expect(order(w)).toEqual(["A", "B", "C", "D"]);
  });

  it("a chain drawn from its end moves up whole when its first stage is reached", () => {
    const w = connect(withStages(["A", "X", "B", "C", "D"]), ["B", "C"], ["C", "D"], ["A", "B"]);
    expect(order(w)).toEqual(["A", "B", "C", "D", "X"]);
    expect(w.terms.map((t) => t.stageId)).toEqual(["A", "B", "C", "D", "X"]);
  });

  it("a stage listed first but reached last moves down after the stage that reaches it; a real loop does not", () => {
    const w = connect(withStages(["Won", "Lead", "MQL"]), ["Lead", "MQL"], ["MQL", "Won"]);
    expect(order(w)).toEqual(["Lead", "MQL", "Won"]);
    const loop = connect(withStages(["Lead", "MQL"]), ["Lead", "MQL"], ["MQL", "Lead"]);
    expect(order(loop)).toEqual(["Lead", "MQL"]);
  });
});

describe("branches keep the order they were drawn in", () => {
  it("a second branch from a stage goes after the first, not before it", () => {
    const { w } = aJourney();
    let next = expectOk(addStage(w, { name: "Lost", outcome: "lost" }, idsOf("lost", "term-lost"))).workshop;
    next = expectOk(connectStages(next, "mql", "sal")).workshop;
    next = expectOk(connectStages(next, "sal", "won")).workshop;
    next = expectOk(connectStages(next, "sal", "lost")).workshop;
    expect(next.stages.map((s) => s.id)).toEqual(["mql", "sal", "won", "lost"]);
  });
});
