import { checkLength, checkName, checkTeam, checkTime, firstProblem, given, noSuch, problem, TEXT_MAX } from "./checks";
import { consensusBlocks } from "./consensus";
import { blankTerm, withTerm } from "./glossary";
import { newId } from "./ids";
import { locate, moveWithin } from "./locate";
import { type Decision, LIMITS, TERM_STATUSES, type Term, type TermStatus, type Workshop } from "./model";
import { own } from "./own";
import { ok, type Produced, produced, type Result, refuse } from "./result";

export interface AgreementPatch {
  definition?: string;
  entryCriteria?: string[];
  exitCriteria?: string[];
}

const CRITERIA_MAX = LIMITS.criteria;

/** Adds a free term ("lead", "intent", "fit") at the end of the glossary; its value is the new term's id. */
export function addTerm(w: Workshop, init: { term: string }, makeId: () => string = newId): Result<Produced<string>> {
  const name = init.term.trim();
  const others = [...w.terms.map((t) => t.term), ...w.stages.map((s) => s.name)];
  const invalid = firstProblem(checkName("term", "term", name, others));
  if (invalid) return invalid;
  const term = blankTerm(makeId(), name, null);
  return produced({ ...w, terms: [...w.terms, term] }, term.id);
}

/** Renaming a stage's term renames the stage too: they are one word in two places. */
export function renameTerm(w: Workshop, termId: string, name: string): Result {
  const found = locate(w.terms, termId);
  if (!found) return noSuch("termId", "term", termId);
  const { index, item: term } = found;
  const trimmed = name.trim();
  const others = [
    ...w.terms.filter((t) => t.id !== termId).map((t) => t.term),
    ...w.stages.filter((s) => s.id !== term.stageId).map((s) => s.name),
  ];
  const invalid = firstProblem(checkName(`$.terms[${index}].term`, "term", trimmed, others));
  if (invalid) return invalid;
  const renamed = withTerm(w, index, { ...term, term: trimmed });
  if (term.stageId === null) return ok(renamed);
  return ok({ ...renamed, stages: w.stages.map((s) => (s.id === term.stageId ? { ...s, name: trimmed } : s)) });
}

/** Only free terms can go; a decision about the term keeps its text but no longer points at it. */
export function removeTerm(w: Workshop, termId: string): Result {
  const found = locate(w.terms, termId);
  if (!found) return noSuch("termId", "term", termId);
  const { index, item: term } = found;
  const stage = term.stageId === null ? undefined : w.stages.find((s) => s.id === term.stageId);
  if (stage) {
    return refuse(`$.terms[${index}]`, `This term names the stage ${stage.name}: remove the stage instead.`);
  }
  return ok({
    ...w,
    terms: w.terms.filter((t) => t.id !== termId),
    decisions: w.decisions.map((d) => (d.termId === termId ? { ...d, termId: null } : d)),
    // Its time stays on the plan, for the phase as a whole: later start times do not shift.
    agenda: w.agenda.map((a) => (a.termId === termId ? { ...a, termId: null } : a)),
  });
}

/** Moves a term within the glossary; an index beyond either end means that end. */
export function moveTerm(w: Workshop, termId: string, toIndex: number): Result {
  const found = locate(w.terms, termId);
  if (!found) return noSuch("termId", "term", termId);
  if (!Number.isFinite(toIndex)) return refuse("toIndex", "A term can only move to a numbered place in the glossary.");
  const terms = moveWithin(w.terms, found.index, toIndex);
  return ok(terms === w.terms ? w : { ...w, terms: [...terms] });
}

/** Keeps a team's definition word for word, as it is typed. */
export function recordDefinition(w: Workshop, termId: string, teamId: string, text: string): Result {
  const found = locate(w.terms, termId);
  if (!found) return noSuch("termId", "term", termId);
  const { index, item: term } = found;
  const path = `$.terms[${index}].teamDefinitions`;
  const invalid = firstProblem(checkTeam(w, "teamId", teamId), checkLength(path, "A definition", text, TEXT_MAX));
  if (invalid) return invalid;
  return ok(withTerm(w, index, { ...term, teamDefinitions: { ...term.teamDefinitions, [teamId]: text } }));
}

/** Ticks or unticks a signal a team counts; ticked signals keep the order of the workshop's list. */
export function toggleSignal(w: Workshop, termId: string, teamId: string, signal: string): Result {
  const found = locate(w.terms, termId);
  if (!found) return noSuch("termId", "term", termId);
  const { index, item: term } = found;
  const invalid = firstProblem(
    checkTeam(w, "teamId", teamId),
    w.signals.includes(signal) ? null : problem("signal", `"${signal}" is not one of this workshop's signals.`),
  );
  if (invalid) return invalid;
  const current = own(term.teamSignals, teamId) ?? [];
  const ticked = current.includes(signal)
    ? current.filter((s) => s !== signal)
    : w.signals.filter((s) => s === signal || current.includes(s));
  return ok(withTerm(w, index, { ...term, teamSignals: { ...term.teamSignals, [teamId]: ticked } }));
}

export function updateAgreement(w: Workshop, termId: string, patch: AgreementPatch): Result {
  const found = locate(w.terms, termId);
  if (!found) return noSuch("termId", "term", termId);
  const { index, item: term } = found;
  const agreed = { ...term.agreed, ...given(patch) };
  const path = `$.terms[${index}].agreed`;
  const tooMany = (list: string[]) => list.length > CRITERIA_MAX;
  const invalid = firstProblem(
    checkLength(`${path}.definition`, "The agreed definition", agreed.definition, TEXT_MAX),
    tooMany(agreed.entryCriteria)
      ? problem(`${path}.entryCriteria`, `A term has at most ${CRITERIA_MAX} entry criteria.`)
      : null,
    tooMany(agreed.exitCriteria)
      ? problem(`${path}.exitCriteria`, `A term has at most ${CRITERIA_MAX} exit criteria.`)
      : null,
    ...agreed.entryCriteria.map((c, i) => checkLength(`${path}.entryCriteria[${i}]`, "A criterion", c, TEXT_MAX)),
    ...agreed.exitCriteria.map((c, i) => checkLength(`${path}.exitCriteria[${i}]`, "A criterion", c, TEXT_MAX)),
    // An agreed term always says what was agreed; reopening it comes first.
    term.status === "agreed" && agreed.definition.trim() === ""
      ? problem(
          `${path}.definition`,
          `${term.term} is agreed: set it back to discussing before clearing its definition.`,
        )
      : null,
  );
  if (invalid) return invalid;
  const copy = { ...agreed, entryCriteria: [...agreed.entryCriteria], exitCriteria: [...agreed.exitCriteria] };
  return ok(withTerm(w, index, { ...term, agreed: copy }));
}

function decisionText(text: string): string {
  return text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text;
}

/** A block or a low score keeps a term from agreement until it is resolved or overridden with a reason. */
function holdsBack(w: Workshop, term: Term, index: number) {
  if (term.consensus.override !== null) return null;
  const reasons = consensusBlocks(term, w.teams);
  if (reasons.length === 0) return null;
  return problem(
    `$.terms[${index}].consensus`,
    `${term.term} cannot be agreed while the consensus check holds it back (${reasons.join("; ")}): resolve it, or override it with a reason.`,
  );
}

/**
 * Moves a term through open → discussing → agreed, or parks it. Agreeing and
 * parking are written to the decision log with their time; setting the
 * status a term already has changes nothing and logs nothing. Agreeing needs
 * the agreed definition written and a consensus check that does not hold the
 * term back (see consensusBlocks).
 */
export function setTermStatus(
  w: Workshop,
  termId: string,
  status: TermStatus,
  at: string,
  makeId: () => string = newId,
): Result {
  const found = locate(w.terms, termId);
  if (!found) return noSuch("termId", "term", termId);
  const { index, item: term } = found;
  const invalid = firstProblem(
    TERM_STATUSES.includes(status) ? null : problem("status", `"${status}" is not a status a term can have.`),
    checkTime("at", at),
    status === "agreed" && term.agreed.definition.trim() === ""
      ? problem(
          `$.terms[${index}].agreed.definition`,
          `${term.term} cannot be agreed until its agreed definition is written.`,
        )
      : null,
    status === "agreed" && term.status !== "agreed" ? holdsBack(w, term, index) : null,
  );
  if (invalid) return invalid;
  if (term.status === status) return ok(w);
  const next = withTerm(w, index, { ...term, status, agreedAt: status === "agreed" ? at : null });
  const logged = (kind: Decision["kind"], text: string): Decision => ({
    id: makeId(),
    kind,
    text: decisionText(text),
    at,
    termId,
  });
  if (status === "agreed") {
    return ok({
      ...next,
      decisions: [...w.decisions, logged("agreed", `Agreed ${term.term}: ${term.agreed.definition.trim()}`)],
    });
  }
  if (status === "parked") return ok({ ...next, decisions: [...w.decisions, logged("parked", `Parked ${term.term}`)] });
  return ok(next);
}
