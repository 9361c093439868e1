import type { Position } from "../workshop/stages";

export type Direction = "left" | "right" | "up" | "down";

const AXIS: Record<Direction, { dx: number; dy: number }> = {
  left: { dx: -1, dy: 0 },
  right: { dx: 1, dy: 0 },
  up: { dx: 0, dy: -1 },
  down: { dx: 0, dy: 1 },
};

/**
 * The stage the arrow keys go to: the nearest one whose centre lies in that
 * direction, favouring stages in line over ones off to the side.
 */
export function neighbourOf(
  stages: readonly { id: string; position: Position }[],
  fromId: string,
  direction: Direction,
): string | null {
  const from = stages.find((s) => s.id === fromId);
  if (!from) return null;
  const { dx, dy } = AXIS[direction];
  let best: { id: string; cost: number } | null = null;
  for (const s of stages) {
    if (s.id === fromId) continue;
    const x = s.position.x - from.position.x;
    const y = s.position.y - from.position.y;
    const along = x * dx + y * dy;
    if (along <= 0) continue;
    const across = Math.abs(x * dy) + Math.abs(y * dx);
    const cost = along + across * 2;
    if (!best || cost < best.cost) best = { id: s.id, cost };
  }
  return best?.id ?? null;
}

/** Where a stage added after another goes: one column to the right, below anything already there. */
export function spotAfter(
  stages: readonly { position: Position }[],
  after: Position,
  size: { width: number; height: number; gap: number },
): Position {
  const x = after.x + size.width + size.gap;
  let y = after.y;
  const taken = (yy: number) =>
    stages.some((s) => Math.abs(s.position.x - x) < size.width && Math.abs(s.position.y - yy) < size.height);
  while (taken(y)) y += size.height + size.gap;
  return { x, y };
}

/**
 * The nearest free place for a new stage to `wanted`: there if nothing is
 * in the way, else the closest spot of the stage grid around it, ring by
 * ring, that overlaps no stage (so N never drops a stage on top of another).
 */
export function freeSpotNear(
  stages: readonly { position: Position }[],
  wanted: Position,
  size: { width: number; height: number; gap: number },
): Position {
  const overlaps = (p: Position) =>
    stages.some(
      (s) =>
        Math.abs(s.position.x - p.x) < size.width + size.gap / 2 &&
        Math.abs(s.position.y - p.y) < size.height + size.gap / 2,
    );
  if (!overlaps(wanted)) return wanted;
  const dx = size.width + size.gap;
  const dy = size.height + size.gap;
  for (let ring = 1; ring <= 50; ring++) {
    const spots: Position[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        spots.push({ x: wanted.x + i * dx, y: wanted.y + j * dy });
      }
    }
    // Nearest first; on a tie, below before beside (a journey grows down its rows as it wraps).
    spots.sort(
      (a, b) =>
        Math.hypot(a.x - wanted.x, a.y - wanted.y) - Math.hypot(b.x - wanted.x, b.y - wanted.y) ||
        b.y - a.y ||
        a.x - b.x,
    );
    const free = spots.find((p) => !overlaps(p));
    if (free) return free;
  }
  return { x: wanted.x, y: wanted.y + 51 * dy };
}
