import { byId } from "../workshop/locate";
import type { AgendaItem, AgendaPart, Workshop } from "../workshop/model";
import { PHASES, type PhaseKey } from "./phase-list";

export interface PlannedItem {
  item: AgendaItem;
  /** Minutes from the session's start. */
  startsAt: number;
  endsAt: number;
  label: string;
}

const PART_LABELS: Record<AgendaPart, string> = {
  ...(Object.fromEntries(PHASES.map((p) => [p.key, p.label])) as Record<PhaseKey, string>),
  break: "Break",
};

export function agendaLabel(w: Pick<Workshop, "terms">, item: AgendaItem): string {
  const term = item.termId === null ? undefined : byId(w.terms, item.termId);
  return term ? `${PART_LABELS[item.part]}: ${term.term || "Unnamed term"}` : PART_LABELS[item.part];
}

/** Each item with when it starts and ends, in minutes from the start. */
export function plannedAgenda(w: Pick<Workshop, "agenda" | "terms">): PlannedItem[] {
  let at = 0;
  return w.agenda.map((item) => {
    const planned = { item, startsAt: at, endsAt: at + item.minutes, label: agendaLabel(w, item) };
    at += item.minutes;
    return planned;
  });
}

export const agendaMinutes = (w: Pick<Workshop, "agenda">): number => w.agenda.reduce((sum, a) => sum + a.minutes, 0);

/** "3 h 45 min", "50 min". */
export function durationText(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Where the facilitator is on the plan: an item for the term in focus first,
 * then one for the whole phase. A phase planned more than once (Agree before
 * and after a break) is the item whose time it is, else the next one to
 * come, else the last one past.
 */
export function agendaItemFor(
  planned: readonly PlannedItem[],
  phase: PhaseKey,
  termId: string | null,
  elapsed = 0,
): PlannedItem | null {
  const pick = (items: PlannedItem[]) =>
    items.find((p) => p.startsAt <= elapsed && elapsed <= p.endsAt) ??
    items.find((p) => p.startsAt > elapsed) ??
    items.at(-1) ??
    null;
  const ofTerm = termId === null ? [] : planned.filter((p) => p.item.part === phase && p.item.termId === termId);
  return pick(ofTerm) ?? pick(planned.filter((p) => p.item.part === phase && p.item.termId === null));
}

export type AgendaStanding =
  | { kind: "no-plan" }
  | { kind: "not-started"; total: number }
  /** Not an item on the plan (a phase the plan leaves out): only the time so far. */
  | { kind: "off-plan"; elapsed: number }
  | { kind: "on-time"; item: PlannedItem; left: number }
  | { kind: "over"; item: PlannedItem; by: number }
  | { kind: "ahead"; item: PlannedItem; by: number };

/**
 * Running over or under: past the planned end of the item the room is on is
 * over; reaching it before its planned start is ahead; in between is on time.
 * Minutes, from the session's clock to `nowIso`.
 */
export function agendaStanding(
  w: Pick<Workshop, "agenda" | "terms" | "agendaStartedAt">,
  phase: PhaseKey,
  termId: string | null,
  nowIso: string,
): AgendaStanding {
  if (w.agenda.length === 0) return { kind: "no-plan" };
  if (w.agendaStartedAt === null) return { kind: "not-started", total: agendaMinutes(w) };
  const elapsed = Math.max(0, (Date.parse(nowIso) - Date.parse(w.agendaStartedAt)) / 60_000);
  if (Number.isNaN(elapsed)) throw new Error(`agendaStanding needs RFC 3339 times, got "${nowIso}"`);
  const item = agendaItemFor(plannedAgenda(w), phase, termId, elapsed);
  if (!item) return { kind: "off-plan", elapsed };
  if (elapsed > item.endsAt) return { kind: "over", item, by: elapsed - item.endsAt };
  // Less than a minute either side is on time: "0 min ahead" tells the facilitator nothing.
  if (elapsed < item.startsAt - 1) return { kind: "ahead", item, by: item.startsAt - elapsed };
  if (elapsed < item.startsAt) return { kind: "on-time", item, left: item.endsAt - elapsed };
  return { kind: "on-time", item, left: item.endsAt - elapsed };
}

/** The standing in the facilitator's words: "Agree: 4 min over", "Journey: on time, 12 min left". */
export function standingText(standing: AgendaStanding): string {
  switch (standing.kind) {
    case "no-plan":
      return "No agenda";
    case "not-started":
      return `Agenda of ${durationText(standing.total)}, not started`;
    case "off-plan":
      return `Not on the agenda · ${durationText(standing.elapsed)} in`;
    case "on-time":
      return `${standing.item.label}: on time, ${durationText(Math.ceil(standing.left))} left`;
    case "over":
      return `${standing.item.label}: ${durationText(Math.ceil(standing.by))} over`;
    case "ahead":
      return `${standing.item.label}: ${durationText(Math.floor(standing.by))} ahead`;
  }
}
