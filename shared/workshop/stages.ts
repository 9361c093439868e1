import {
  checkLength,
  checkName,
  checkOwner,
  firstProblem,
  given,
  noSuch,
  problem,
  SHORT_TEXT_MAX,
  sameName,
} from "./checks";
import { blankTerm, termHasContent } from "./glossary";
import { newId } from "./ids";
import { locate, replaceAt } from "./locate";
import {
  OUTCOME_TYPES,
  type OutcomeType,
  type Owner,
  STAGE_KINDS,
  type Stage,
  type StageKind,
  type Term,
  type Workshop,
} from "./model";
import { ok, type Problem, type Produced, produced, type Result } from "./result";

export interface Position {
  x: number;
  y: number;
}

export interface StagePatch {
  buyerLabel?: string | null;
  kind?: StageKind;
  /** Required for kind "outcome"; must be null for kind "stage". */
  outcome?: OutcomeType | null;
  owner?: Partial<Owner>;
  crm?: Partial<Stage["crm"]>;
}

export interface StageInit extends StagePatch {
  name?: string;
  position?: Position;
}

export const DEFAULT_STAGE_NAME = "New stage";

const join = (prefix: string, field: string) => (prefix ? `${prefix}.${field}` : field);

export const isOutcome = (stage: Stage): boolean => stage.kind === "outcome";

/** Outcomes end the journey: nothing should leave them (readiness may warn about it). */
export const outcomeStages = (w: Workshop): Stage[] => w.stages.filter(isOutcome);

function checkPosition(path: string, position: Position): Problem | null {
  const finite = Number.isFinite(position.x) && Number.isFinite(position.y);
  return finite ? null : problem(path, "A stage's position must be a pair of finite numbers.");
}

/** Applies a patch to a stage, or explains why the result would not make sense. */
function patched(w: Workshop, stage: Stage, patch: StagePatch, prefix: string): Result<Stage> {
  const kind = patch.kind ?? stage.kind;
  // Turning an outcome back into a stage drops its outcome type, so the UI need not send both.
  const outcome = patch.outcome !== undefined ? patch.outcome : kind === "stage" ? null : stage.outcome;
  const owner = { ...stage.owner, ...given(patch.owner ?? {}) };
  const crm = { ...stage.crm, ...given(patch.crm ?? {}) };
  const buyerLabel = patch.buyerLabel !== undefined ? patch.buyerLabel : stage.buyerLabel;
  const name = stage.name || "This node";
  const refusal = firstProblem(
    STAGE_KINDS.includes(kind) ? null : problem(join(prefix, "kind"), `"${kind}" is not a kind of stage.`),
    outcome === null || OUTCOME_TYPES.includes(outcome)
      ? null
      : problem(join(prefix, "outcome"), `"${outcome}" is not an outcome: use won, lost, disqualified or recycled.`),
    kind === "stage" && outcome !== null
      ? problem(join(prefix, "outcome"), `${name} is a stage, not an outcome, so it cannot end as "${outcome}".`)
      : null,
    kind === "outcome" && outcome === null
      ? problem(join(prefix, "outcome"), `${name} is an outcome: choose won, lost, disqualified or recycled.`)
      : null,
    checkOwner(w, join(prefix, "owner"), owner),
    checkLength(join(prefix, "buyerLabel"), "The buyer's label", buyerLabel, SHORT_TEXT_MAX),
    checkLength(
      join(prefix, "crm.hubspotLifecycleStage"),
      "The HubSpot stage",
      crm.hubspotLifecycleStage,
      SHORT_TEXT_MAX,
    ),
    checkLength(
      join(prefix, "crm.salesforceLeadStatus"),
      "The Salesforce status",
      crm.salesforceLeadStatus,
      SHORT_TEXT_MAX,
    ),
  );
  if (refusal) return refusal;
  return ok({ ...stage, kind, outcome, owner, crm, buyerLabel });
}

function uniqueDefaultName(w: Workshop): string {
  const taken = (name: string) =>
    w.terms.some((t) => sameName(t.term, name)) || w.stages.some((s) => sameName(s.name, name));
  const candidate = (n: number) => (n === 1 ? DEFAULT_STAGE_NAME : `${DEFAULT_STAGE_NAME} ${n}`);
  let n = 1;
  while (taken(candidate(n))) n++;
  return candidate(n);
}

/**
 * Adds a stage and its glossary term. When a free term already has the
 * stage's name (the room often defines "SQL" before drawing it), that term
 * becomes the stage's term, so what was typed into it stays with the stage.
 * Its value is the new stage's id.
 */
export function addStage(w: Workshop, init: StageInit = {}, makeId: () => string = newId): Result<Produced<string>> {
  const name = init.name === undefined ? uniqueDefaultName(w) : init.name.trim();
  const freeTerm = w.terms.find((t) => t.stageId === null && sameName(t.term, name));
  const stageTermNames = w.terms.filter((t) => t.stageId !== null).map((t) => t.term);
  const position = init.position ?? { x: 0, y: 0 };
  const invalid = firstProblem(
    checkName("name", "stage", name, [...stageTermNames, ...w.stages.map((s) => s.name)], "stage or term"),
    checkPosition("position", position),
  );
  if (invalid) return invalid;
  const draft: Stage = {
    id: makeId(),
    name,
    kind: "stage",
    outcome: null,
    buyerLabel: null,
    owner: { teamId: null, role: "" },
    crm: { hubspotLifecycleStage: null, salesforceLeadStatus: null },
    position: { x: position.x, y: position.y },
  };
  const kind = init.kind ?? (init.outcome ? "outcome" : "stage");
  const stage = patched(w, draft, { ...init, kind }, "");
  if (!stage.ok) return stage;
  const terms: Term[] = freeTerm
    ? w.terms.map((t) => (t === freeTerm ? { ...t, term: name, stageId: draft.id } : t))
    : [...w.terms, blankTerm(makeId(), name, draft.id)];
  return produced({ ...w, stages: [...w.stages, stage.value], terms }, draft.id);
}

/** Renames a stage and its term together: the glossary always uses the journey's words. */
export function renameStage(w: Workshop, stageId: string, name: string): Result {
  const found = locate(w.stages, stageId);
  if (!found) return noSuch("stageId", "stage", stageId);
  const { index } = found;
  const trimmed = name.trim();
  const others = [
    ...w.terms.filter((t) => t.stageId !== stageId).map((t) => t.term),
    ...w.stages.filter((s) => s.id !== stageId).map((s) => s.name),
  ];
  const invalid = firstProblem(checkName(`$.stages[${index}].name`, "stage", trimmed, others, "stage or term"));
  if (invalid) return invalid;
  return ok({
    ...w,
    stages: replaceAt(w.stages, index, { ...found.item, name: trimmed }),
    terms: w.terms.map((t) => (t.stageId === stageId ? { ...t, term: trimmed } : t)),
  });
}

export function updateStage(w: Workshop, stageId: string, patch: StagePatch): Result {
  const found = locate(w.stages, stageId);
  if (!found) return noSuch("stageId", "stage", stageId);
  const stage = patched(w, found.item, patch, `$.stages[${found.index}]`);
  if (!stage.ok) return stage;
  return ok({ ...w, stages: replaceAt(w.stages, found.index, stage.value) });
}

/** Moves several nodes at once (a dragged selection is one step to undo). */
export function moveStages(w: Workshop, positions: Readonly<Record<string, Position>>): Result {
  for (const [stageId, position] of Object.entries(positions)) {
    if (!locate(w.stages, stageId)) return noSuch(`positions.${stageId}`, "stage", stageId);
    const invalid = firstProblem(checkPosition(`positions.${stageId}`, position));
    if (invalid) return invalid;
  }
  return ok({
    ...w,
    stages: w.stages.map((s) => {
      const position = Object.hasOwn(positions, s.id) ? positions[s.id] : undefined;
      return position ? { ...s, position: { x: position.x, y: position.y } } : s;
    }),
  });
}

/**
 * Removes stages with the transitions that touch them. A stage's term goes
 * too, unless the room put something into it: then it stays as a free term,
 * so no typed word is lost. Decisions about a dropped term keep their text
 * but no longer point at it.
 */
export function removeStages(w: Workshop, stageIds: readonly string[]): Result {
  const known = new Set(w.stages.map((s) => s.id));
  const unknown = stageIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) return noSuch(`stageIds[${unknown}]`, "stage", stageIds[unknown] as string);
  const removed = new Set(stageIds);
  const droppedTerms = new Set(
    w.terms.filter((t) => t.stageId !== null && removed.has(t.stageId) && !termHasContent(t)).map((t) => t.id),
  );
  return ok({
    ...w,
    stages: w.stages.filter((s) => !removed.has(s.id)),
    transitions: w.transitions.filter((t) => !removed.has(t.from) && !removed.has(t.to)),
    terms: w.terms
      .filter((t) => !droppedTerms.has(t.id))
      .map((t) => (t.stageId !== null && removed.has(t.stageId) ? { ...t, stageId: null } : t)),
    decisions: w.decisions.map((d) => (d.termId !== null && droppedTerms.has(d.termId) ? { ...d, termId: null } : d)),
    agenda: w.agenda.map((a) => (a.termId !== null && droppedTerms.has(a.termId) ? { ...a, termId: null } : a)),
  });
}
