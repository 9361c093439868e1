/**
 * A long text cut to at most `max` characters at a word boundary, with an
 * ellipsis: a room screen may shorten a text, never cut a word in half.
 */
export function wholeWords(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, " ");
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  // One word longer than the whole allowance is kept whole: shortening must not invent a fragment.
  const words = space > 0 ? cut.slice(0, space) : (clean.split(" ")[0] ?? "");
  if (words === clean) return clean;
  return `${words.replace(/[\s,;:.–-]+$/u, "")} …`;
}
