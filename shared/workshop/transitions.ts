import { checkLength, checkOwner, firstProblem, given, noSuch, problem, TEXT_MAX } from "./checks";
import { newId } from "./ids";
import { byId, locate, replaceAt } from "./locate";
import { LIMITS, type Owner, SLA_UNITS, type Sla, type Stage, type Transition, type Workshop } from "./model";
import { ok, type Problem, type Produced, produced, type Result } from "./result";

export interface TransitionPatch {
  handoff?: boolean;
  trigger?: string;
  owner?: Partial<Owner>;
  sla?: Sla | null;
  onReject?: string | null;
}

/** The model's ceiling for an SLA, so a slip of the keyboard is refused rather than saved. */
const SLA_MAX = LIMITS.slaWithin;

const label = (stage: Stage) => stage.name || "this stage";

/** A buyer changes hands when both stages have an owning team and the teams differ. */
export function isHandoff(from: Stage, to: Stage): boolean {
  return from.owner.teamId !== null && to.owner.teamId !== null && from.owner.teamId !== to.owner.teamId;
}

/** Checks a from→to pair; `except` is the transition being reconnected, which may keep its own pair. */
function checkEnds(w: Workshop, from: string, to: string, except: string | null): Result<[Stage, Stage]> {
  const source = byId(w.stages, from);
  if (!source) return noSuch("from", "stage", from);
  const target = byId(w.stages, to);
  if (!target) return noSuch("to", "stage", to);
  const refusal = firstProblem(
    from === to ? problem("to", "A transition cannot connect a stage to itself.") : null,
    w.transitions.some((t) => t.id !== except && t.from === from && t.to === to)
      ? problem("to", `${label(source)} is already connected to ${label(target)}.`)
      : null,
  );
  return refusal ?? ok([source, target]);
}

/**
 * Draws a transition. Who owns it and whether it is a handoff start from the
 * stages' owners; the room can change both afterwards. Its value is the new
 * transition's id.
 */
export function connectStages(
  w: Workshop,
  from: string,
  to: string,
  makeId: () => string = newId,
): Result<Produced<string>> {
  const ends = checkEnds(w, from, to, null);
  if (!ends.ok) return ends;
  const [source, target] = ends.value;
  const transition: Transition = {
    id: makeId(),
    from,
    to,
    handoff: isHandoff(source, target),
    trigger: "",
    owner: { ...target.owner },
    sla: null,
    onReject: null,
  };
  const placed = followJourney(w, from, to);
  return produced({ ...placed, transitions: [...w.transitions, transition] }, transition.id);
}

/**
 * The glossary, the charter and the PDF list stages (and their terms) in the
 * workshop's order, so a stage the room draws between two others must not
 * stay last. When a transition is the first to arrive at a stage, that stage
 * moves, with the stages listed right after it that it already leads to, to
 * just after the stage the transition leaves (and after the branches already
 * drawn from there); its terms move the same way. A loop back (the stage
 * already leads to the one the transition leaves) moves nothing.
 */
function followJourney(w: Workshop, from: string, to: string): Workshop {
  if (w.transitions.some((t) => t.to === to)) return w;
  const next = new Map<string, string[]>();
  for (const t of w.transitions) next.set(t.from, [...(next.get(t.from) ?? []), t.to]);
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [...(next.get(start) ?? [])];
    while (todo.length > 0) {
      const id = todo.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(next.get(id) ?? []));
    }
    return seen;
  };
  const onward = reach(to);
  if (onward.has(from)) return w;
  const ids = w.stages.map((s) => s.id);
  const start = ids.indexOf(to);
  if (start < 0 || !ids.includes(from)) return w;
  let end = start + 1;
  while (end < ids.length && onward.has(ids[end] as string)) end++;
  const block = new Set(ids.slice(start, end));
  // What `from` already leads to (and not through `to`) stays before the new branch.
  const before = reach(from);
  const rest = ids.filter((id) => !block.has(id));
  let anchor = rest.indexOf(from);
  while (anchor + 1 < rest.length && before.has(rest[anchor + 1] as string) && !onward.has(rest[anchor + 1] as string))
    anchor++;
  const anchorId = rest[anchor] as string;
  const stages = moveBlock(
    w.stages,
    (s) => block.has(s.id),
    (s) => s.id === anchorId,
  );
  // Terms follow their stages when these move; a term the room placed itself, its stage already in order, stays.
  if (stages === null) return w;
  const terms = moveBlock(
    w.terms,
    (t) => t.stageId !== null && block.has(t.stageId),
    (t) => t.stageId === anchorId,
  );
  return { ...w, stages, terms: terms ?? w.terms };
}

/** The block's items, in their order, moved to just after the anchor; null when there is no anchor or nothing moves. */
function moveBlock<T>(items: readonly T[], inBlock: (item: T) => boolean, isAnchor: (item: T) => boolean): T[] | null {
  const moved = items.filter(inBlock);
  const rest = items.filter((item) => !inBlock(item));
  const at = rest.findIndex(isAnchor);
  if (at < 0 || moved.length === 0) return null;
  const result = [...rest.slice(0, at + 1), ...moved, ...rest.slice(at + 1)];
  return result.every((item, i) => item === items[i]) ? null : result;
}

/**
 * Moves one or both ends of a transition. Its trigger, owner, SLA and
 * handoff flag are what the room decided, so they stay as they were.
 */
export function reconnectTransition(w: Workshop, transitionId: string, ends: { from?: string; to?: string }): Result {
  const found = locate(w.transitions, transitionId);
  if (!found) return noSuch("transitionId", "transition", transitionId);
  const { index, item: current } = found;
  const from = ends.from ?? current.from;
  const to = ends.to ?? current.to;
  const checked = checkEnds(w, from, to, transitionId);
  if (!checked.ok) return checked;
  return ok({ ...w, transitions: replaceAt(w.transitions, index, { ...current, from, to }) });
}

function checkSla(path: string, sla: Sla | null): Problem | null {
  if (sla === null) return null;
  if (!Number.isFinite(sla.within) || sla.within <= 0 || sla.within > SLA_MAX) {
    return problem(`${path}.within`, `An SLA must be a number of ${sla.unit} above 0 and at most ${SLA_MAX}.`);
  }
  if (!SLA_UNITS.includes(sla.unit)) {
    return problem(`${path}.unit`, `"${sla.unit}" is not a unit for an SLA: use ${SLA_UNITS.join(", ")}.`);
  }
  return null;
}

export function updateTransition(w: Workshop, transitionId: string, patch: TransitionPatch): Result {
  const found = locate(w.transitions, transitionId);
  if (!found) return noSuch("transitionId", "transition", transitionId);
  const { index, item: current } = found;
  const path = `$.transitions[${index}]`;
  const next: Transition = {
    ...current,
    handoff: patch.handoff ?? current.handoff,
    trigger: patch.trigger ?? current.trigger,
    owner: { ...current.owner, ...given(patch.owner ?? {}) },
    sla: patch.sla !== undefined ? patch.sla && { within: patch.sla.within, unit: patch.sla.unit } : current.sla,
    onReject: patch.onReject !== undefined ? patch.onReject : current.onReject,
  };
  const refusal = firstProblem(
    checkOwner(w, `${path}.owner`, next.owner),
    checkSla(`${path}.sla`, next.sla),
    checkLength(`${path}.trigger`, "The trigger", next.trigger, TEXT_MAX),
    checkLength(`${path}.onReject`, "What happens on rejection", next.onReject, TEXT_MAX),
  );
  if (refusal) return refusal;
  return ok({ ...w, transitions: replaceAt(w.transitions, index, next) });
}

export function removeTransitions(w: Workshop, transitionIds: readonly string[]): Result {
  const known = new Set(w.transitions.map((t) => t.id));
  const unknown = transitionIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) return noSuch(`transitionIds[${unknown}]`, "transition", transitionIds[unknown] as string);
  const removed = new Set(transitionIds);
  return ok({ ...w, transitions: w.transitions.filter((t) => !removed.has(t.id)) });
}
