/**
 * Made when first asked for: each takes milliseconds to make, and at import
 * they held back the app's first screen. Not lazily's stand-in (shared/workshop/lazily.ts):
 * an Intl object's methods work only on the object itself.
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

const dateTime = once(() => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }));
const dateOnly = once(() => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" }));

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime().format(date);
}

/** A workshop date (YYYY-MM-DD) shown without shifting a day across time zones. */
export function formatWorkshopDate(ymd: string): string {
  if (!ymd) return "No date";
  const date = new Date(`${ymd}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? ymd : dateOnly().format(date);
}

const timeOfDay = once(() => new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }));

/** A time-box's seconds as the room reads them: "4:05", whole seconds up. */
export function formatCountdown(seconds: number): string {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/**
 * When an agenda item starts: the clock time once the session's clock runs
 * ("10:35"), else its offset from the start ("1:35").
 */
export function formatPlannedStart(startedAt: string | null, minutes: number): string {
  if (startedAt === null) return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
  return timeOfDay().format(new Date(Date.parse(startedAt) + minutes * 60_000));
}
