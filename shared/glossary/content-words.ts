import type { DiffSegment } from "./diff";

/*
 * Words that carry no meaning of their own in a definition: a room arguing
 * about "lead" does not care that one team wrote "a" and another "the".
 * English only, for now; in another language every word counts, which marks
 * more, never less.
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the and or nor but so yet if then than that this these those there here of to in on at by for from with " +
    "without into onto over under about as is are was were be been being am has have had do does did it its it's " +
    "they them their we our us you your he she his her i me my not no any some each every all both either neither " +
    "which who whom whose what when where why how can could may might must shall should will would also just very " +
    "too more most less least such own same other another per via etc e.g i.e"
  ).split(" "),
);

const letterOrDigit = /[\p{L}\p{N}]/u;
const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Whether a word (with its punctuation) says something a team meant: "+", "and", "a" do not. */
export function isContentWord(word: string): boolean {
  if (!letterOrDigit.test(word)) return false;
  return !FUNCTION_WORDS.has(word.replace(edges, "").toLowerCase());
}

/**
 * The differences that matter to a room: a marked stretch keeps its mark only
 * on content words (and the spaces between two of them); the rest reads as
 * common. Text is never changed, only how it is marked.
 */
export function contentDifferences(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (text: string, mark: DiffSegment["mark"]) => {
    const last = out.at(-1);
    if (last && last.mark === mark) last.text += text;
    else out.push({ text, mark });
  };
  for (const segment of segments) {
    if (segment.mark === "common") {
      push(segment.text, "common");
      continue;
    }
    const tokens = segment.text.split(/(\s+)/).filter((t) => t !== "");
    const kept = tokens.map((t) => !/^\s+$/.test(t) && isContentWord(t));
    tokens.forEach((token, i) => {
      const gap = /^\s+$/.test(token);
      const marked = gap ? kept[i - 1] === true && kept[i + 1] === true : kept[i];
      push(token, marked ? segment.mark : "common");
    });
  }
  return out;
}
