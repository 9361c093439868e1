import { z } from "zod";
import { checkLength, checkTime, firstProblem, given, noSuch, problem, SHORT_TEXT_MAX, TEXT_MAX } from "./checks";
import { newId } from "./ids";
import { locate, replaceAt } from "./locate";
import type { Decision, ParkingLotItem, Workshop } from "./model";
import { ok, type Produced, produced, type Result, refuse } from "./result";

export interface ParkingLotInit {
  text: string;
  owner?: string | null;
  /** YYYY-MM-DD: the day the owner answers by. */
  due?: string | null;
}

const DAY = z.iso.date();
const isDay = (day: string) => DAY.safeParse(day).success;

/** An owner left blank means nobody has taken the item yet. */
const ownerOrNull = (owner: string | null | undefined) => (owner?.trim() ? owner : null);

function checkItem(item: ParkingLotItem, prefix: string) {
  return firstProblem(
    checkLength(`${prefix}text`, "A parking lot item", item.text, TEXT_MAX),
    checkLength(`${prefix}owner`, "Its owner", item.owner, SHORT_TEXT_MAX),
    item.due === null || isDay(item.due)
      ? null
      : problem(`${prefix}due`, `"${item.due}" is not a date: give the day the owner answers by, as YYYY-MM-DD.`),
  );
}

/** Parks what cannot be settled today; an item is added once something is written for it. Its value is the item's id. */
export function addParkingLotItem(
  w: Workshop,
  init: ParkingLotInit,
  makeId: () => string = newId,
): Result<Produced<string>> {
  if (init.text.trim() === "") return refuse("text", "Write what to park before adding it.");
  const item: ParkingLotItem = {
    id: makeId(),
    text: init.text.trim(),
    owner: ownerOrNull(init.owner?.trim()),
    due: init.due || null,
  };
  const invalid = checkItem(item, "");
  if (invalid) return invalid;
  return produced({ ...w, parkingLot: [...w.parkingLot, item] }, item.id);
}

/** Edits keep the text as typed, so a keystroke is never trimmed away under the cursor. */
export function updateParkingLotItem(w: Workshop, itemId: string, patch: Partial<ParkingLotInit>): Result {
  const found = locate(w.parkingLot, itemId);
  if (!found) return noSuch("itemId", "parking lot item", itemId);
  const { index, item: current } = found;
  const next = { ...current, ...given(patch) };
  const item: ParkingLotItem = { ...next, id: current.id, owner: ownerOrNull(next.owner), due: next.due || null };
  const invalid = checkItem(item, `$.parkingLot[${index}].`);
  if (invalid) return invalid;
  return ok({ ...w, parkingLot: replaceAt(w.parkingLot, index, item) });
}

export function removeParkingLotItem(w: Workshop, itemId: string): Result {
  if (!locate(w.parkingLot, itemId)) return noSuch("itemId", "parking lot item", itemId);
  return ok({ ...w, parkingLot: w.parkingLot.filter((p) => p.id !== itemId) });
}

/** A free note in the decision log, not tied to a term. */
export function addDecisionNote(w: Workshop, text: string, at: string, makeId: () => string = newId): Result {
  const invalid = firstProblem(
    text.trim() === "" ? problem("text", "Write the decision before adding it to the log.") : null,
    checkLength("text", "A decision", text, TEXT_MAX),
    checkTime("at", at),
  );
  if (invalid) return invalid;
  const decision: Decision = { id: makeId(), kind: "note", text: text.trim(), at, termId: null };
  return ok({ ...w, decisions: [...w.decisions, decision] });
}
