import { CLOCK_TIME, type SlaCalendar, TIME_ZONE_NAME, WEEKDAYS, type Weekday, type Workshop } from "./model";
import { ok, type Result, refuse } from "./result";

/** Monday to Friday, 09:00 to 17:00, in the given zone: what most rooms mean by "business hours". */
export function defaultSlaCalendar(timeZone: string): SlaCalendar {
  return {
    timeZone,
    workingDays: ["monday", "tuesday", "wednesday", "thursday", "friday"],
    hours: { start: "09:00", end: "17:00" },
  };
}

/** A zone this machine's clock knows by name (the format itself only asks for the name's shape). */
export function isKnownTimeZone(zone: string): boolean {
  if (!TIME_ZONE_NAME.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const DAY_NAMES: Record<Weekday, string> = {
  monday: "Monday",
  tuesday: "Tuesday",
  wednesday: "Wednesday",
  thursday: "Thursday",
  friday: "Friday",
  saturday: "Saturday",
  sunday: "Sunday",
};
export const dayName = (day: Weekday) => DAY_NAMES[day];

/**
 * Sets the working calendar business-hours and business-days SLAs count in,
 * or clears it (null). Days come back once each, Monday first, whatever
 * order (or how many times) they were ticked in.
 */
export function setSlaCalendar(w: Workshop, calendar: SlaCalendar | null): Result {
  if (calendar === null) return ok({ ...w, slaCalendar: null });
  const { timeZone, workingDays, hours } = calendar;
  if (!isKnownTimeZone(timeZone)) {
    return refuse(
      "$.slaCalendar.timeZone",
      `“${timeZone}” is not a time zone this computer knows, like Europe/Warsaw.`,
    );
  }
  const days = WEEKDAYS.filter((d) => workingDays.includes(d));
  if (days.length === 0) {
    return refuse("$.slaCalendar.workingDays", "Pick at least one working day.");
  }
  for (const edge of ["start", "end"] as const) {
    if (!CLOCK_TIME.test(hours[edge])) {
      return refuse(`$.slaCalendar.hours.${edge}`, `The working day's ${edge} must be a time like 09:00.`);
    }
  }
  if (hours.start >= hours.end) {
    return refuse("$.slaCalendar.hours.end", "The working day must end after it starts.");
  }
  return ok({ ...w, slaCalendar: { timeZone, workingDays: days, hours: { start: hours.start, end: hours.end } } });
}

/** "Monday–Friday, 09:00–17:00, Europe/Warsaw": days in runs, as a room reads them. */
export function describeSlaCalendar(calendar: SlaCalendar): string {
  const places = calendar.workingDays.map((d) => WEEKDAYS.indexOf(d));
  const runs: number[][] = [];
  for (const p of places) {
    const run = runs[runs.length - 1];
    if (run && p === (run[run.length - 1] as number) + 1) run.push(p);
    else runs.push([p]);
  }
  const name = (p: number) => DAY_NAMES[WEEKDAYS[p] as Weekday];
  const days = runs
    .map((r) => (r.length >= 3 ? `${name(r[0] as number)}–${name(r[r.length - 1] as number)}` : r.map(name).join(", ")))
    .join(", ");
  return `${days}, ${calendar.hours.start}–${calendar.hours.end}, ${calendar.timeZone}`;
}
