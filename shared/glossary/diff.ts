import { diffWords } from "diff";

/**
 * How a stretch of one team's definition compares with the other teams'
 * written definitions: "common" when every other team has the same words
 * there, "unique" when no other team has them, "partly" when some do (only
 * possible with three or more teams).
 */
export type DiffMark = "common" | "partly" | "unique";

export interface DiffSegment {
  text: string;
  mark: DiffMark;
}

/**
 * What comparing one term may cost, all its teams' pairs together: long
 * texts are rare in a workshop, and a term whose comparison would take longer
 * is shown without highlights (and says so) rather than freezing the board.
 * Six teams of 10 KB each would otherwise take most of a second per term.
 */
export const TERM_DIFF_BUDGET_MS = 40;
/** Past this many words in all, a term is not compared at all: splitting the words alone would cost too much. */
export const TERM_DIFF_WORDS = 30_000;

const isSpace = (c: string) => /\s/.test(c);

/**
 * diffWords ignores whitespace and may hand back the other text's spacing for
 * common words, so its values cannot be sliced out of the original text.
 * Instead its non-space characters are walked in step with the text's own.
 */
function countMatches(text: string, parts: { value: string; common: boolean }[], matched: number[]): void {
  let at = 0;
  for (const part of parts) {
    // Code units, not code points, so positions line up with `text[at]`.
    for (let k = 0; k < part.value.length; k++) {
      const c = part.value[k] as string;
      if (isSpace(c)) continue;
      while (at < text.length && isSpace(text[at] as string)) at++;
      if (text[at] !== c) return;
      if (part.common) matched[at] = (matched[at] ?? 0) + 1;
      at++;
    }
  }
}

function markOf(matches: number, others: number): DiffMark {
  if (matches >= others) return "common";
  return matches === 0 ? "unique" : "partly";
}

/** Spaces between two marked words carry the mark, so a phrase highlights as one stretch. */
function segmentsOf(text: string, matched: number[], others: number): DiffSegment[] {
  const marks: (DiffMark | null)[] = Array.from({ length: text.length }, (_, i) =>
    isSpace(text[i] as string) ? null : markOf(matched[i] ?? 0, others),
  );
  const before: (DiffMark | null)[] = [];
  let seen: DiffMark | null = null;
  for (const mark of marks) {
    before.push(seen);
    if (mark !== null) seen = mark;
  }
  const resolved: DiffMark[] = new Array(marks.length);
  let next: DiffMark | null = null;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i] ?? null;
    resolved[i] = mark ?? (before[i] !== null && before[i] === next ? (next as DiffMark) : "common");
    if (mark !== null) next = mark;
  }
  const segments: DiffSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const mark = resolved[i] as DiffMark;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text[i];
    else segments.push({ text: text[i] as string, mark });
  }
  return segments;
}

export interface Comparison {
  /** Each team's own text, in segments marked as the others have them or not. */
  segments: Record<string, DiffSegment[]>;
  /** False when the texts were too long to compare within the budget: nothing is marked then. */
  complete: boolean;
}

const plain = (definitions: Readonly<Record<string, string>>): Record<string, DiffSegment[]> =>
  Object.fromEntries(
    Object.entries(definitions).map(([teamId, text]) => [teamId, text ? [{ text, mark: "common" as const }] : []]),
  );

const wordsIn = (text: string) => text.split(/\s+/).length;

/**
 * Word-level differences between the teams' definitions of one term, as
 * segments of each team's own text (word for word, spacing kept). Only
 * written definitions are compared: a team that has not written yet neither
 * differs nor makes everyone else's words "unique". With one written
 * definition there is nothing to compare and nothing is highlighted. The
 * whole comparison keeps within TERM_DIFF_BUDGET_MS, or marks nothing.
 */
export function compareDefinitions(definitions: Readonly<Record<string, string>>): Comparison {
  const written = Object.entries(definitions).filter(([, text]) => text.trim() !== "");
  const pairs = (written.length * (written.length - 1)) / 2;
  const words = written.reduce((sum, [, text]) => sum + wordsIn(text), 0);
  if (words > TERM_DIFF_WORDS) return { segments: plain(definitions), complete: false };
  const timeout = Math.max(2, Math.floor(TERM_DIFF_BUDGET_MS / Math.max(1, pairs)));
  const matched = new Map(written.map(([teamId]) => [teamId, [] as number[]]));
  for (let i = 0; i < written.length; i++) {
    for (let j = i + 1; j < written.length; j++) {
      const [aId, a] = written[i] as [string, string];
      const [bId, b] = written[j] as [string, string];
      const changes = diffWords(a, b, { timeout });
      // One pair left out would make shared words look like one team's own: all or nothing.
      if (!changes) return { segments: plain(definitions), complete: false };
      const side = (other: "added" | "removed") =>
        changes.filter((c) => !c[other]).map((c) => ({ value: c.value, common: !c.added && !c.removed }));
      countMatches(a, side("added"), matched.get(aId) as number[]);
      countMatches(b, side("removed"), matched.get(bId) as number[]);
    }
  }
  const others = written.length - 1;
  const result: Record<string, DiffSegment[]> = {};
  for (const [teamId, text] of Object.entries(definitions)) {
    const counts = matched.get(teamId);
    result[teamId] = counts && others > 0 ? segmentsOf(text, counts, others) : text ? [{ text, mark: "common" }] : [];
  }
  return { segments: result, complete: true };
}

export function definitionDifferences(definitions: Readonly<Record<string, string>>): Record<string, DiffSegment[]> {
  return compareDefinitions(definitions).segments;
}

/** Whether the written definitions differ anywhere, for a compact "differs" badge. */
export const definitionsDiffer = (differences: Record<string, DiffSegment[]>): boolean =>
  Object.values(differences).some((segments) => segments.some((s) => s.mark !== "common"));
