import { type Comparison, compareDefinitions, type DiffMark, type DiffSegment } from "./diff";

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
  // A typographic apostrophe ("it’s") is the same word as a typed one.
  return !FUNCTION_WORDS.has(word.replace(edges, "").replace(/[’ʼ]/g, "'").toLowerCase());
}

const STRENGTH: Record<DiffMark, number> = { common: 0, partly: 1, unique: 2 };

type Kind = "gap" | "sign" | "word";
const WORD_EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/** Spaces, the signs at a word's edges ("(", "),", "."), and the words themselves, in order. */
function tokensOf(text: string): { text: string; kind: Kind }[] {
  const tokens: { text: string; kind: Kind }[] = [];
  for (const piece of text.split(/(\s+)/)) {
    if (piece === "") continue;
    if (/^\s+$/.test(piece)) {
      tokens.push({ text: piece, kind: "gap" });
      continue;
    }
    const [, lead = "", core = "", trail = ""] = WORD_EDGES.exec(piece) ?? [];
    if (lead) tokens.push({ text: lead, kind: "sign" });
    if (core) tokens.push({ text: core, kind: "word" });
    if (trail) tokens.push({ text: trail, kind: "sign" });
  }
  return tokens;
}

/**
 * The differences that matter to a room, word by word: a content word with
 * any part marked is marked whole ("Marketing's", not "Marketing" and "s");
 * a function word is marked only inside a marked phrase ("person with
 * budget"), never at its edge ("or", "and"); signs and spaces only between
 * two words with the same mark. The text itself is never changed.
 */
export function contentDifferences(segments: readonly DiffSegment[]): DiffSegment[] {
  const marks: DiffMark[] = [];
  for (const s of segments) for (let i = 0; i < s.text.length; i++) marks.push(s.mark);
  const tokens = tokensOf(segments.map((s) => s.text).join(""));
  let at = 0;
  const strongest = tokens.map((token) => {
    const own = marks.slice(at, at + token.text.length);
    at += token.text.length;
    return own.reduce<DiffMark>((best, m) => (STRENGTH[m] > STRENGTH[best] ? m : best), "common");
  });
  const isContent = tokens.map((t) => t.kind === "word" && isContentWord(t.text));
  const marked: DiffMark[] = tokens.map((_, i) => (isContent[i] ? (strongest[i] as DiffMark) : "common"));
  // Function words between two content words that carry the same mark, and marked themselves, join the phrase.
  let before: DiffMark | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (isContent[i]) before = marked[i] as DiffMark;
    // A comma or a full stop ends a phrase: "budget, or a champion" is two, and "or" starts neither.
    if (tokens[i]?.kind === "sign") before = null;
    if (isContent[i] || tokens[i]?.kind !== "word") continue;
    let end = i;
    while (end < tokens.length && !isContent[end]) end++;
    const mark = before !== null && before !== "common" && before === marked[end] ? before : null;
    const run = Array.from({ length: end - i }, (_, k) => i + k);
    const words = run.filter((j) => tokens[j]?.kind === "word");
    const unbroken = run.every((j) => tokens[j]?.kind !== "sign");
    if (mark && unbroken && words.every((j) => strongest[j] === mark)) for (const j of run) marked[j] = mark;
    i = end - 1;
  }
  const out: DiffSegment[] = [];
  tokens.forEach((token, i) => {
    const between = marked[i - 1] === marked[i + 1] ? (marked[i - 1] ?? "common") : "common";
    const mark = token.kind === "word" || marked[i] !== "common" ? (marked[i] as DiffMark) : between;
    const last = out.at(-1);
    if (last && last.mark === mark) last.text += token.text;
    else out.push({ text: token.text, mark });
  });
  return out;
}

/**
 * The teams' definitions compared as the room reads them: what one team says
 * and another does not, by the words that carry meaning. What every screen
 * that marks differences shows: the board, the spotlight, Agree and the room.
 */
export function compareMeaning(definitions: Readonly<Record<string, string>>): Comparison {
  const { segments, complete } = compareDefinitions(definitions);
  return {
    segments: Object.fromEntries(Object.entries(segments).map(([teamId, s]) => [teamId, contentDifferences(s)])),
    complete,
  };
}
