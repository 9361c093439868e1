const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-11-22" → "22 November 2026", the same on every machine (no locale, no time zone). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** An RFC 3339 time as written in the file, in its own zone: "22 November 2026, 14:05 UTC". */
export function formatTime(time: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.exec(time);
  if (!match) return time;
  const [, date, hm, zone] = match as unknown as [string, string, string, string];
  return `${formatDate(date)}, ${hm} ${zone.toUpperCase() === "Z" ? "UTC" : `UTC${zone}`}`;
}

/** A hash short enough for a footer yet long enough to compare by eye: "sha256:3f9a…c21d". */
export function shortHash(hash: string): string {
  return hash.length > 24 ? `${hash.slice(0, 19)}…${hash.slice(-6)}` : hash;
}
