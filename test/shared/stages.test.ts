import {
  addStage,
  moveStages,
  outcomeStages,
  removeStages,
  renameStage,
  updateStage,
} from "../../shared/workshop/stages";
import { addTerm, recordDefinition, setTermStatus, toggleSignal, updateAgreement } from "../../shared/workshop/terms";
import { connectStages } from "../../shared/workshop/transitions";
import { aWorkshop, expectOk, sequentialIds } from "../builders";
import { aJourney, deepFreeze, expectRefusal, expectValid, idsOf, termOf } from "./journey-builders";

const AT = "2026-11-22T14:05:00Z";

describe("adding a stage", () => {
  it("adds a stage with its glossary term at once", () => {
    const w = deepFreeze(aWorkshop());
    const next = expectOk(addStage(w, { name: "  MQL ", buyerLabel: "Curious" }, sequentialIds("s"))).workshop;
    expect(next.stages).toEqual([
      {
        id: "s-1",
        name: "MQL",
        kind: "stage",
        outcome: null,
        buyerLabel: "Curious",
        owner: { teamId: null, role: "" },
        crm: { hubspotLifecycleStage: null, salesforceLeadStatus: null },
        position: { x: 0, y: 0 },
      },
    ]);
    expect(next.terms).toEqual([
      {
        id: "s-2",
        term: "MQL",
        stageId: "s-1",
        status: "open",
        teamDefinitions: {},
        teamSignals: {},
        agreed: { definition: "", entryCriteria: [], exitCriteria: [] },
        agreedAt: null,
        consensus: { method: "fist-of-five", votes: [], override: null },
      },
    ]);
    expect(w.stages).toEqual([]);
  });

  it("names new stages New stage, New stage 2, … so the glossary has no twins", () => {
    let w = aWorkshop();
    w = expectOk(addStage(w)).workshop;
    w = expectOk(addStage(w)).workshop;
    w = expectOk(addStage(w, { position: { x: 10, y: 20 } })).workshop;
    expect(w.stages.map((s) => s.name)).toEqual(["New stage", "New stage 2", "New stage 3"]);
    expect(w.terms.map((t) => t.term)).toEqual(["New stage", "New stage 2", "New stage 3"]);
    expect(w.stages[2]?.position).toEqual({ x: 10, y: 20 });
  });

  it("adds an outcome when given an outcome type", () => {
    const w = expectOk(addStage(aWorkshop(), { name: "Closed lost", outcome: "lost" })).workshop;
    expect(w.stages[0]).toMatchObject({ kind: "outcome", outcome: "lost" });
    expect(outcomeStages(w).map((s) => s.name)).toEqual(["Closed lost"]);
  });

  it("turns a free term of the same name into the stage's term, keeping what was typed", () => {
    const base = expectOk(addTerm(aWorkshop(), { term: "sql" }, () => "term-sql")).workshop;
    const typed = expectOk(recordDefinition(base, "term-sql", base.teams[1]?.id as string, "Budget and a date"));
    const w = expectOk(addStage(deepFreeze(typed), { name: "SQL" }, idsOf("sql"))).workshop;
    expect(w.terms).toHaveLength(1);
    expect(w.terms[0]).toMatchObject({ id: "term-sql", term: "SQL", stageId: "sql" });
    expect(Object.values(w.terms[0]?.teamDefinitions ?? {})).toEqual(["Budget and a date"]);
  });

  it("refuses a blank name, a name another stage has, and a position off the map", () => {
    const { w, marketing } = aJourney();
    expect(expectRefusal(w, (f) => addStage(f, { name: "   " }))).toEqual({
      path: "name",
      message: "A stage needs a name.",
    });
    expect(expectRefusal(w, (f) => addStage(f, { name: "mql" })).message).toBe(
      'There is already a stage or term called "MQL".',
    );
    expect(expectRefusal(w, (f) => addStage(f, { position: { x: Number.NaN, y: 0 } })).path).toBe("position");
    expect(expectRefusal(w, (f) => addStage(f, { owner: { teamId: "nobody" } }))).toEqual({
      path: "owner.teamId",
      message: 'There is no team with id "nobody".',
    });
    expect(expectRefusal(w, (f) => addStage(f, { kind: "outcome" })).message).toMatch(
      /is an outcome: choose won, lost, disqualified or recycled/,
    );
    expect(expectRefusal(w, (f) => addStage(f, { kind: "stage", outcome: "won" })).path).toBe("outcome");
    expect(marketing).toBeTruthy();
  });
});

describe("renaming a stage", () => {
  it("renames its term with it", () => {
    const { w } = aJourney();
    const next = expectValid(renameStage(w, "mql", "Marketing qualified lead"));
    expect(next.stages[0]?.name).toBe("Marketing qualified lead");
    expect(termOf(next, "mql")?.term).toBe("Marketing qualified lead");
    expect(next.stages[1]).toBe(w.stages[1]);
  });

  it("refuses an unknown stage, a blank name and a name the glossary already uses", () => {
    const { w } = aJourney();
    const withLead = expectOk(addTerm(w, { term: "Lead" })).workshop;
    expect(expectRefusal(w, (f) => renameStage(f, "nope", "X"))).toEqual({
      path: "stageId",
      message: 'There is no stage with id "nope".',
    });
    expect(expectRefusal(w, (f) => renameStage(f, "sal", ""))).toEqual({
      path: "$.stages[1].name",
      message: "A stage needs a name.",
    });
    expect(expectRefusal(withLead, (f) => renameStage(f, "sal", "LEAD")).message).toBe(
      'There is already a stage or term called "Lead".',
    );
  });

  it("may change only the case of its own name", () => {
    const { w } = aJourney();
    expect(expectValid(renameStage(w, "mql", "Mql")).stages[0]?.name).toBe("Mql");
  });
});

describe("updating a stage", () => {
  it("sets the owner, the buyer's label and the CRM mapping", () => {
    const { w, sales } = aJourney();
    const next = expectValid(
      updateStage(w, "mql", {
        owner: { teamId: sales, role: "SDR" },
        buyerLabel: "Engaged",
        crm: { hubspotLifecycleStage: "marketingqualifiedlead" },
      }),
    );
    expect(next.stages[0]).toMatchObject({
      owner: { teamId: sales, role: "SDR" },
      buyerLabel: "Engaged",
      crm: { hubspotLifecycleStage: "marketingqualifiedlead", salesforceLeadStatus: null },
    });
  });

  it("changing only the role keeps the owning team", () => {
    const { w, marketing } = aJourney();
    const next = expectValid(updateStage(w, "mql", { owner: { role: "Demand gen lead", teamId: undefined } }));
    expect(next.stages[0]?.owner).toEqual({ teamId: marketing, role: "Demand gen lead" });
  });

  it("turns a stage into an outcome and back, dropping the outcome type", () => {
    const { w } = aJourney();
    const outcome = expectValid(updateStage(w, "sal", { kind: "outcome", outcome: "recycled" }));
    expect(outcome.stages[1]).toMatchObject({ kind: "outcome", outcome: "recycled" });
    const back = expectValid(updateStage(outcome, "sal", { kind: "stage" }));
    expect(back.stages[1]).toMatchObject({ kind: "stage", outcome: null });
  });

  it("refuses an outcome without a type, a stage with one, and an unknown owner team", () => {
    const { w } = aJourney();
    expect(expectRefusal(w, (f) => updateStage(f, "sal", { kind: "outcome" }))).toEqual({
      path: "$.stages[1].outcome",
      message: "SAL is an outcome: choose won, lost, disqualified or recycled.",
    });
    expect(expectRefusal(w, (f) => updateStage(f, "sal", { outcome: "won" }))).toEqual({
      path: "$.stages[1].outcome",
      message: 'SAL is a stage, not an outcome, so it cannot end as "won".',
    });
    expect(expectRefusal(w, (f) => updateStage(f, "won", { outcome: null })).message).toMatch(/Won is an outcome/);
    expect(expectRefusal(w, (f) => updateStage(f, "won", { owner: { teamId: "ghost" } }))).toEqual({
      path: "$.stages[2].owner.teamId",
      message: 'There is no team with id "ghost".',
    });
    expect(expectRefusal(w, (f) => updateStage(f, "mql", { buyerLabel: "x".repeat(501) })).path).toBe(
      "$.stages[0].buyerLabel",
    );
    expect(expectRefusal(w, (f) => updateStage(f, "nope", {})).message).toBe('There is no stage with id "nope".');
  });
});

describe("moving stages", () => {
  it("moves a dragged selection in one step and leaves the rest alone", () => {
    const { w } = aJourney();
    const next = expectValid(moveStages(w, { mql: { x: -40, y: 12.5 }, won: { x: 600, y: 80 } }));
    expect(next.stages.map((s) => s.position)).toEqual([
      { x: -40, y: 12.5 },
      { x: 200, y: 0 },
      { x: 600, y: 80 },
    ]);
    expect(next.stages[1]).toBe(w.stages[1]);
  });

  it("refuses an unknown stage or a position that is not a number, moving nothing", () => {
    const { w } = aJourney();
    expect(expectRefusal(w, (f) => moveStages(f, { mql: { x: 1, y: 1 }, nope: { x: 0, y: 0 } }))).toEqual({
      path: "positions.nope",
      message: 'There is no stage with id "nope".',
    });
    expect(expectRefusal(w, (f) => moveStages(f, { sal: { x: Number.POSITIVE_INFINITY, y: 0 } })).path).toBe(
      "positions.sal",
    );
  });
});

describe("removing stages", () => {
  it("removes the stage, its untouched term and every transition touching it", () => {
    const { w } = aJourney();
    let linked = expectOk(connectStages(w, "mql", "sal", () => "t-1")).workshop;
    linked = expectOk(connectStages(linked, "sal", "won", () => "t-2")).workshop;
    const next = expectValid(removeStages(deepFreeze(linked), ["sal"]));
    expect(next.stages.map((s) => s.id)).toEqual(["mql", "won"]);
    expect(next.transitions).toEqual([]);
    expect(next.terms.map((t) => t.id)).toEqual(["term-mql", "term-won"]);
  });

  it("removing a stage keeps its typed definitions as a free term", () => {
    const { w, sales } = aJourney();
    const typed = expectOk(recordDefinition(w, "term-sal", sales, "Sales has looked and will call within a day"));
    const next = expectValid(removeStages(deepFreeze(typed), ["sal"]));
    expect(termOf(next, "sal")).toBeUndefined();
    expect(next.terms.find((t) => t.id === "term-sal")).toMatchObject({
      term: "SAL",
      stageId: null,
      teamDefinitions: { [sales]: "Sales has looked and will call within a day" },
    });
  });

  it("keeps a term with ticked signals or agreed criteria, but drops one holding only blank text", () => {
    const { w, marketing } = aJourney();
    let typed = expectOk(toggleSignal(w, "term-mql", marketing, "Form fill"));
    typed = expectOk(updateAgreement(typed, "term-sal", { entryCriteria: ["Fits the profile"] }));
    typed = expectOk(recordDefinition(typed, "term-won", marketing, "   "));
    const next = expectValid(removeStages(typed, ["mql", "sal", "won"]));
    expect(next.terms.map((t) => [t.id, t.stageId])).toEqual([
      ["term-mql", null],
      ["term-sal", null],
    ]);
  });

  it("a decision about a dropped term keeps its text but no longer points at it", () => {
    const { w } = aJourney();
    const parked = expectOk(setTermStatus(w, "term-won", "parked", AT, () => "d-1"));
    const next = expectValid(removeStages(parked, ["won"]));
    expect(next.decisions).toEqual([{ id: "d-1", kind: "parked", text: "Parked Won", at: AT, termId: null }]);
  });

  it("refuses an unknown stage and removes nothing", () => {
    const { w } = aJourney();
    expect(expectRefusal(w, (f) => removeStages(f, ["mql", "gone"]))).toEqual({
      path: "stageIds[1]",
      message: 'There is no stage with id "gone".',
    });
  });
});
