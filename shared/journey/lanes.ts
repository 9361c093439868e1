import { indexById } from "../workshop/locate";
import type { Stage } from "../workshop/model";
import { STAGE_HEIGHT } from "./layout";

type Band = { top: number; bottom: number };

/**
 * The bands of each stages list, worked out once: every wrapping line asks,
 * on every change to the workshop, and a list is replaced, never changed in
 * place, so the bands of one list stay right for as long as it lives.
 */
const bandsOf = new WeakMap<readonly Pick<Stage, "position">[], Band[]>();

/** The map's rows as horizontal bands: stages whose boxes overlap vertically share one. */
function bands(stages: readonly Pick<Stage, "position">[]): Band[] {
  const known = bandsOf.get(stages);
  if (known) return known;
  const sorted = stages.map((s) => s.position.y).sort((a, b) => a - b);
  const out: Band[] = [];
  for (const y of sorted) {
    const last = out.at(-1);
    if (last && y < last.bottom) last.bottom = Math.max(last.bottom, y + STAGE_HEIGHT);
    else out.push({ top: y, bottom: y + STAGE_HEIGHT });
  }
  bandsOf.set(stages, out);
  return out;
}

/**
 * Where a transition that wraps to a lower row should run across: the middle
 * of the empty lane under the row it leaves, so the line never cuts through a
 * stage of the row below (an outcome branching upwards, say). Null when the
 * transition does not go down a row.
 */
export function wrapLaneY(stages: readonly Pick<Stage, "id" | "position">[], from: string, to: string): number | null {
  const index = indexById(stages);
  const source = stages[index.get(from) ?? -1];
  const target = stages[index.get(to) ?? -1];
  if (!source || !target) return null;
  const rows = bands(stages);
  const row = (y: number) => rows.findIndex((b) => y >= b.top && y < b.bottom);
  const i = row(source.position.y);
  const j = row(target.position.y);
  const next = rows[i + 1];
  const here = rows[i];
  if (j <= i || !here || !next) return null;
  return (here.bottom + next.top) / 2;
}
