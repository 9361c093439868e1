import { noSuch } from "../workshop/checks";
import { newId } from "../workshop/ids";
import { byId } from "../workshop/locate";
import type { Workshop } from "../workshop/model";
import { ok, type Produced, produced, type Result } from "../workshop/result";
import { addStage, removeStages, type StageInit } from "../workshop/stages";
import { connectStages, reconnectTransition, removeTransitions } from "../workshop/transitions";

/**
 * Adds a stage straight after another and connects them, as one step: the
 * room usually grows a journey one next stage at a time. Its value is the
 * new stage's id.
 */
export function addStageAfter(
  w: Workshop,
  previousId: string,
  init: StageInit = {},
  makeId: () => string = newId,
): Result<Produced<string>> {
  const added = addStage(w, init, makeId);
  if (!added.ok) return added;
  const connected = connectStages(added.value.workshop, previousId, added.value.value, makeId);
  return connected.ok ? produced(connected.value.workshop, added.value.value) : connected;
}

/**
 * Puts a new stage on a transition, A → B becoming A → new → B, as one step.
 * The transition keeps what the room agreed for it (trigger, owner, SLA,
 * handoff) and now arrives at B from the new stage, since those rules are
 * about reaching B; A → new is a fresh transition. Its value is the new
 * stage's id.
 */
export function insertStageOn(
  w: Workshop,
  transitionId: string,
  init: StageInit = {},
  makeId: () => string = newId,
): Result<Produced<string>> {
  const transition = byId(w.transitions, transitionId);
  if (!transition) return noSuch("transitionId", "transition", transitionId);
  const added = addStage(w, init, makeId);
  if (!added.ok) return added;
  const stageId = added.value.value;
  const rewired = reconnectTransition(added.value.workshop, transitionId, { from: stageId });
  if (!rewired.ok) return rewired;
  const connected = connectStages(rewired.value, transition.from, stageId, makeId);
  return connected.ok ? produced(connected.value.workshop, stageId) : connected;
}

/**
 * Deletes what is selected on the map in one step. A transition that goes
 * with a removed stage is not named twice: removing the stage removes it.
 */
export function removeFromJourney(
  w: Workshop,
  selection: { stageIds?: readonly string[]; transitionIds?: readonly string[] },
): Result {
  const stageIds = new Set(selection.stageIds ?? []);
  const transitionIds = (selection.transitionIds ?? []).filter((id) => {
    const t = byId(w.transitions, id);
    return !t || !(stageIds.has(t.from) || stageIds.has(t.to));
  });
  const withoutTransitions = transitionIds.length > 0 ? removeTransitions(w, transitionIds) : ok(w);
  if (!withoutTransitions.ok || stageIds.size === 0) return withoutTransitions;
  return removeStages(withoutTransitions.value, [...stageIds]);
}
