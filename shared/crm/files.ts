/** One file of the set-up pack: a path inside the pack's folder (always "/"), and its text (UTF-8, LF). */
export interface PackFile {
  path: string;
  content: string;
}

export const jsonFile = (path: string, value: unknown): PackFile => ({
  path,
  content: `${JSON.stringify(value, null, 2)}\n`,
});

/** Help text fits in a CRM's description field; the whole definition stays in charter.md. */
export function shortened(text: string, max = 500): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
