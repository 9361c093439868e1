/**
 * Text from the room inside a line of Markdown that a person also reads raw
 * (a README in a terminal, a wiki's editor): whatever would be markup or
 * HTML is escaped, and nothing else, so "Closed - Converted" and
 * "closed_won" read as typed. Line breaks become spaces: a name cannot start
 * a heading or a list.
 */
export function inline(text: string): string {
  return (
    text
      .replace(/\s*[\r\n]+\s*/g, " ")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/[\\`*[\]|~]/g, (c) => `\\${c}`)
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
      // At the start of a line these would make a heading, a list, a rule or a setext underline.
      .replace(/^(\s*)([#+=-])/, "$1\\$2")
      .replace(/^(\s*\d+)([.)])/, "$1\\$2")
  );
}
