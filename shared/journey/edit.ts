import { newId } from "../workshop/ids";
import { byId } from "../workshop/locate";
import type { Workshop } from "../workshop/model";
import { ok, type Produced, produced, type Result } from "../workshop/result";
import { addStage, removeStages, type StageInit } from "../workshop/stages";
import { connectStages, removeTransitions } from "../workshop/transitions";

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
