import type { Stage } from "../workshop/model";
import { STAGE_HEIGHT } from "./layout";

/** The map's rows as horizontal bands: stages whose boxes overlap vertically share one. */
function bands(stages: readonly Pick<Stage, "position">[]): { top: number; bottom: number }[] {
  const sorted = stages.map((s) => s.position.y).sort((a, b) => a - b);
  const out: { top: number; bottom: number }[] = [];
  for (const y of sorted) {
    const last = out.at(-1);
    if (last && y < last.bottom) last.bottom = Math.max(last.bottom, y + STAGE_HEIGHT);
    else out.push({ top: y, bottom: y + STAGE_HEIGHT });
  }
  return out;
}

/**
 * Where a transition that wraps to a lower row should run across: the middle
 * of the empty lane under the row it leaves, so the line never cuts through a
 * stage of the row below (an outcome branching upwards, say). Null when the
 * transition does not go down a row.
 */
export function wrapLaneY(stages: readonly Pick<Stage, "id" | "position">[], from: string, to: string): number | null {
  const source = stages.find((s) => s.id === from);
  const target = stages.find((s) => s.id === to);
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
