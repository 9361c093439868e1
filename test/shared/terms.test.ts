import {
  addTerm,
  moveTerm,
  recordDefinition,
  removeTerm,
  renameTerm,
  setTermStatus,
  toggleSignal,
  updateAgreement,
} from "../../shared/workshop/terms";
import { expectOk } from "../builders";
import { aJourney, deepFreeze, expectRefusal, expectValid, termNamed } from "./journey-builders";

const AT = "2026-11-22T14:05:00Z";
const LATER = "2026-11-22T15:30:00+01:00";

/** The journey plus a free term "Lead" (id "lead"). */
function withLead() {
  const { w, marketing, sales } = aJourney();
  return { w: deepFreeze(expectOk(addTerm(w, { term: "Lead" }, () => "lead")).workshop), marketing, sales };
}

describe("free terms", () => {
  it("adds a free term at the end of the glossary", () => {
    const { w } = aJourney();
    const next = expectOk(addTerm(w, { term: "  Intent " }, () => "intent")).workshop;
    expect(next.terms.map((t) => t.term)).toEqual(["MQL", "SAL", "Won", "Intent"]);
    expect(next.terms[3]).toMatchObject({ id: "intent", stageId: null, status: "open", teamDefinitions: {} });
  });

  it("refuses a blank term and one the glossary already has, whatever its case", () => {
    const { w } = withLead();
    expect(expectRefusal(w, (f) => addTerm(f, { term: " " }))).toEqual({
      path: "term",
      message: "A term needs a name.",
    });
    expect(expectRefusal(w, (f) => addTerm(f, { term: "LEAD" }))).toEqual({
      path: "term",
      message: 'There is already a term called "Lead".',
    });
    expect(expectRefusal(w, (f) => addTerm(f, { term: "sal" })).message).toBe('There is already a term called "SAL".');
  });

  it("renaming a free term leaves the stages alone", () => {
    const { w } = withLead();
    const next = expectValid(renameTerm(w, "lead", "Contact"));
    expect(termNamed(next, "Contact").id).toBe("lead");
    expect(next.stages).toBe(w.stages);
  });

  it("renaming a stage's term renames the stage too", () => {
    const { w } = withLead();
    const next = expectValid(renameTerm(w, "term-sal", "Sales accepted lead"));
    expect(next.stages[1]?.name).toBe("Sales accepted lead");
    expect(termNamed(next, "Sales accepted lead").stageId).toBe("sal");
  });

  it("refuses renaming to a blank or taken name, or an unknown term", () => {
    const { w } = withLead();
    expect(expectRefusal(w, (f) => renameTerm(f, "lead", ""))).toEqual({
      path: "$.terms[3].term",
      message: "A term needs a name.",
    });
    expect(expectRefusal(w, (f) => renameTerm(f, "lead", "mql")).message).toBe('There is already a term called "MQL".');
    expect(expectRefusal(w, (f) => renameTerm(f, "nope", "X"))).toEqual({
      path: "termId",
      message: 'There is no term with id "nope".',
    });
  });

  it("removing a free term unlinks the decisions about it", () => {
    const { w, sales } = withLead();
    let decided = expectOk(updateAgreement(w, "lead", { definition: "A person we can reach" }));
    decided = expectOk(setTermStatus(decided, "lead", "agreed", AT, () => "d-1"));
    const next = expectValid(removeTerm(decided, "lead"));
    expect(next.terms.map((t) => t.id)).toEqual(["term-mql", "term-sal", "term-won"]);
    expect(next.decisions[0]).toMatchObject({ id: "d-1", termId: null, text: "Agreed Lead: A person we can reach" });
    expect(sales).toBeTruthy();
  });

  it("a stage's term cannot be removed on its own", () => {
    const { w } = withLead();
    expect(expectRefusal(w, (f) => removeTerm(f, "term-sal"))).toEqual({
      path: "$.terms[1]",
      message: "This term names the stage SAL: remove the stage instead.",
    });
    expect(expectRefusal(w, (f) => removeTerm(f, "nope")).path).toBe("termId");
  });

  it("moves a term within the glossary, holding it at either end", () => {
    const { w } = withLead();
    expect(expectValid(moveTerm(w, "lead", 0)).terms.map((t) => t.id)).toEqual([
      "lead",
      "term-mql",
      "term-sal",
      "term-won",
    ]);
    expect(expectValid(moveTerm(w, "term-mql", 99)).terms.map((t) => t.id)).toEqual([
      "term-sal",
      "term-won",
      "lead",
      "term-mql",
    ]);
    expect(expectValid(moveTerm(w, "term-sal", -3)).terms[0]?.id).toBe("term-sal");
    expect(expectRefusal(w, (f) => moveTerm(f, "lead", Number.NaN)).path).toBe("toIndex");
    expect(expectRefusal(w, (f) => moveTerm(f, "nope", 0)).path).toBe("termId");
  });
});

describe("team definitions and signals", () => {
  it("keeps each team's definition word for word, side by side", () => {
    const { w, marketing, sales } = withLead();
    let next = expectValid(recordDefinition(w, "lead", marketing, "Anyone who filled in a form "));
    next = expectValid(recordDefinition(next, "lead", sales, "Someone with a problem we solve"));
    expect(termNamed(next, "Lead").teamDefinitions).toEqual({
      [marketing]: "Anyone who filled in a form ",
      [sales]: "Someone with a problem we solve",
    });
  });

  it("refuses a definition from a team that is not in the room, or for an unknown term", () => {
    const { w } = withLead();
    expect(expectRefusal(w, (f) => recordDefinition(f, "lead", "ghost", "x"))).toEqual({
      path: "teamId",
      message: 'There is no team with id "ghost".',
    });
    expect(expectRefusal(w, (f) => recordDefinition(f, "nope", "ghost", "x")).path).toBe("termId");
  });

  it("ticks and unticks a signal a team counts, in the order of the signal list", () => {
    const { w, sales } = withLead();
    let next = expectValid(toggleSignal(w, "lead", sales, "Budget"));
    next = expectValid(toggleSignal(next, "lead", sales, "Demo request"));
    expect(termNamed(next, "Lead").teamSignals[sales]).toEqual(["Demo request", "Budget"]);
    next = expectValid(toggleSignal(next, "lead", sales, "Budget"));
    expect(termNamed(next, "Lead").teamSignals[sales]).toEqual(["Demo request"]);
  });

  it("refuses a signal the workshop does not list, and an unknown team", () => {
    const { w, sales } = withLead();
    expect(expectRefusal(w, (f) => toggleSignal(f, "lead", sales, "Horoscope"))).toEqual({
      path: "signal",
      message: '"Horoscope" is not one of this workshop\'s signals.',
    });
    expect(expectRefusal(w, (f) => toggleSignal(f, "lead", "ghost", "Budget")).path).toBe("teamId");
  });
});

describe("agreeing a term", () => {
  it("writes the agreed definition and its entry and exit criteria", () => {
    const { w } = withLead();
    const next = expectValid(
      updateAgreement(w, "term-sal", {
        definition: "A lead sales has reviewed and will contact",
        entryCriteria: ["Meets the MQL definition"],
        exitCriteria: ["Contacted", "Or rejected with a reason"],
      }),
    );
    expect(termNamed(next, "SAL").agreed).toEqual({
      definition: "A lead sales has reviewed and will contact",
      entryCriteria: ["Meets the MQL definition"],
      exitCriteria: ["Contacted", "Or rejected with a reason"],
    });
  });

  it("agreeing stamps the time and logs the decision", () => {
    const { w } = withLead();
    const written = expectOk(updateAgreement(w, "term-sal", { definition: "Reviewed by sales " }));
    const next = expectValid(setTermStatus(deepFreeze(written), "term-sal", "agreed", AT, () => "d-1"));
    expect(termNamed(next, "SAL")).toMatchObject({ status: "agreed", agreedAt: AT });
    expect(next.decisions).toEqual([
      { id: "d-1", kind: "agreed", text: "Agreed SAL: Reviewed by sales", at: AT, termId: "term-sal" },
    ]);
  });

  it("a term cannot be agreed while its agreed definition is blank", () => {
    const { w } = withLead();
    const blank = expectOk(updateAgreement(w, "lead", { definition: "  " }));
    expect(expectRefusal(blank, (f) => setTermStatus(f, "lead", "agreed", AT))).toEqual({
      path: "$.terms[3].agreed.definition",
      message: "Lead cannot be agreed until its agreed definition is written.",
    });
  });

  it("an agreed term's definition cannot be cleared until it is reopened", () => {
    const { w } = withLead();
    let agreed = expectOk(updateAgreement(w, "lead", { definition: "Reachable person" }));
    agreed = expectOk(setTermStatus(agreed, "lead", "agreed", AT));
    expect(expectRefusal(agreed, (f) => updateAgreement(f, "lead", { definition: "" }))).toEqual({
      path: "$.terms[3].agreed.definition",
      message: "Lead is agreed: set it back to discussing before clearing its definition.",
    });
    expect(expectValid(updateAgreement(agreed, "lead", { definition: "A reachable person" }))).toBeTruthy();
  });

  it("reopening an agreed term clears its agreed time but keeps the log", () => {
    const { w } = withLead();
    let agreed = expectOk(updateAgreement(w, "lead", { definition: "Reachable person" }));
    agreed = expectOk(setTermStatus(agreed, "lead", "agreed", AT));
    const next = expectValid(setTermStatus(agreed, "lead", "discussing", LATER));
    expect(termNamed(next, "Lead")).toMatchObject({ status: "discussing", agreedAt: null });
    expect(next.decisions).toHaveLength(1);
  });

  it("parking a term logs it", () => {
    const { w } = withLead();
    const next = expectValid(setTermStatus(w, "lead", "parked", LATER, () => "d-1"));
    expect(termNamed(next, "Lead").status).toBe("parked");
    expect(next.decisions).toEqual([{ id: "d-1", kind: "parked", text: "Parked Lead", at: LATER, termId: "lead" }]);
  });

  it("setting the status a term already has changes nothing and logs nothing", () => {
    const { w } = withLead();
    expect(expectValid(setTermStatus(w, "lead", "open", AT))).toBe(w);
  });

  it("refuses an unknown status, a time that is not RFC 3339, and an unknown term", () => {
    const { w } = withLead();
    expect(expectRefusal(w, (f) => setTermStatus(f, "lead", "done" as never, AT)).path).toBe("status");
    expect(expectRefusal(w, (f) => setTermStatus(f, "lead", "parked", "yesterday"))).toEqual({
      path: "at",
      message: '"yesterday" is not a time like 2026-11-22T14:05:00Z.',
    });
    expect(expectRefusal(w, (f) => setTermStatus(f, "nope", "parked", AT)).path).toBe("termId");
  });

  it("refuses more than 200 criteria", () => {
    const { w } = withLead();
    const many = Array.from({ length: 201 }, (_, i) => `Criterion ${i}`);
    expect(expectRefusal(w, (f) => updateAgreement(f, "lead", { exitCriteria: many }))).toEqual({
      path: "$.terms[3].agreed.exitCriteria",
      message: "A term has at most 200 exit criteria.",
    });
  });
});
