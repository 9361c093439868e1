/**
 * RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line
 * break, rows ended by CRLF. A field that starts like a formula (=, +, -,
 * @, tab, carriage return) gets a leading apostrophe, so a spreadsheet shows
 * the room's words instead of running them.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** With a byte order mark, so that a spreadsheet opens the file as UTF-8 ("Łódź", not "ÅÃ³dÅº"). */
export function csv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
