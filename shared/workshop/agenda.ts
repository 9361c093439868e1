import { checkTime, firstProblem, given, noSuch, problem } from "./checks";
import { newId } from "./ids";
import { byId, locate, moveWithin, replaceAt } from "./locate";
import { AGENDA_PARTS, type AgendaItem, type AgendaPart, LIMITS, type Workshop } from "./model";
import { ok, type Produced, produced, type Result, refuse } from "./result";

export interface AgendaInit {
  part: AgendaPart;
  termId?: string | null;
  minutes?: number;
}

/** A new item's length when none is given: a usual time-box for one term. */
export const AGENDA_DEFAULT_MINUTES = 10;

/** How long one agenda item may be: whole minutes, up to a working day. */
export const isAgendaMinutes = (minutes: number): boolean =>
  Number.isInteger(minutes) && minutes >= 1 && minutes <= LIMITS.agendaMinutes;

function checkItem(w: Workshop, item: AgendaItem) {
  return firstProblem(
    AGENDA_PARTS.includes(item.part) ? null : problem("part", `"${item.part}" is not a part of the session.`),
    item.termId !== null && !byId(w.terms, item.termId)
      ? problem("termId", `There is no term with id "${item.termId}".`)
      : null,
    item.termId !== null && item.part !== "agreement"
      ? problem("termId", "Only time on Agree can be for one term.")
      : null,
    isAgendaMinutes(item.minutes)
      ? null
      : problem("minutes", `An agenda item takes a whole number of minutes, from 1 to ${LIMITS.agendaMinutes}.`),
  );
}

/** Adds time to the plan, at its end. Its value is the new item's id. */
export function addAgendaItem(w: Workshop, init: AgendaInit, makeId: () => string = newId): Result<Produced<string>> {
  if (w.agenda.length >= LIMITS.agenda) return refuse("agenda", `An agenda holds at most ${LIMITS.agenda} items.`);
  const item: AgendaItem = {
    id: makeId(),
    part: init.part,
    termId: init.termId ?? null,
    minutes: init.minutes ?? AGENDA_DEFAULT_MINUTES,
  };
  const invalid = checkItem(w, item);
  if (invalid) return invalid;
  return produced({ ...w, agenda: [...w.agenda, item] }, item.id);
}

/** A part other than Agree cannot keep a term: changing the part lets go of it. */
export function updateAgendaItem(w: Workshop, itemId: string, patch: Partial<AgendaInit>): Result {
  const found = locate(w.agenda, itemId);
  if (!found) return noSuch("itemId", "agenda item", itemId);
  const next: AgendaItem = { ...found.item, ...given(patch) } as AgendaItem;
  if (next.part !== "agreement") next.termId = null;
  const invalid = checkItem(w, next);
  if (invalid) return invalid;
  return ok({ ...w, agenda: replaceAt(w.agenda, found.index, next) });
}

export function removeAgendaItem(w: Workshop, itemId: string): Result {
  if (!locate(w.agenda, itemId)) return noSuch("itemId", "agenda item", itemId);
  return ok({ ...w, agenda: w.agenda.filter((a) => a.id !== itemId) });
}

export function moveAgendaItem(w: Workshop, itemId: string, toIndex: number): Result {
  const found = locate(w.agenda, itemId);
  if (!found) return noSuch("itemId", "agenda item", itemId);
  if (!Number.isFinite(toIndex)) return refuse("toIndex", "An agenda item can only move to a numbered place.");
  const agenda = moveWithin(w.agenda, found.index, toIndex);
  return ok(agenda === w.agenda ? w : { ...w, agenda: [...agenda] });
}

/*
 * A half-day workshop of about four hours, as facilitators commonly plan one:
 * short openings and closings, the most time for comparing and agreeing, a
 * break before the room starts to agree.
 */
const HALF_DAY: readonly [AgendaPart, number][] = [
  ["setup", 15],
  ["journey", 35],
  ["definitions", 45],
  ["break", 15],
  ["agreement", 60],
  ["measures", 30],
  ["signoff", 20],
  ["export", 10],
];

/** Replaces the plan with the half-day template (an undo brings the earlier plan back). */
export function planHalfDay(w: Workshop, makeId: () => string = newId): Result {
  return ok({ ...w, agenda: HALF_DAY.map(([part, minutes]) => ({ id: makeId(), part, termId: null, minutes })) });
}

/** Starts the session's clock now, or again; null stops it. */
export function startAgendaClock(w: Workshop, at: string | null): Result {
  const invalid = at === null ? null : firstProblem(checkTime("at", at));
  if (invalid) return invalid;
  return ok({ ...w, agendaStartedAt: at });
}
