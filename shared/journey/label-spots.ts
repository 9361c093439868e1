import type { Stage, Transition } from "../workshop/model";
import { HANDOFF_LABEL_WIDTH, STAGE_HEIGHT, STAGE_WIDTH } from "./layout";

/** Line left in sight between a label across the line and each handle, arrowhead included. */
const LABEL_MARGIN = 30;
export const NARROW_LABEL = 156;
/** Heights as drawn (journey.css): the SLA line and two lines of trigger, padding and border; rounded up. */
const WIDE_HEIGHT = 110;
const NARROW_HEIGHT = 90;
/** Room kept between a label and a stage or another label. */
const CLEAR = 6;
const CELL = 400;

/**
 * A handoff label's box on the map: its centre and size, in flow units, and
 * that centre as an offset from the midpoint of the line's two ends, so a
 * label follows its line while a stage is being dragged.
 */
export interface LabelSpot {
  x: number;
  y: number;
  dx: number;
  dy: number;
  width: number;
  height: number;
  narrow: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const boxOf = (s: Candidate): Box => ({
  left: s.x - s.width / 2,
  top: s.y - s.height / 2,
  right: s.x + s.width / 2,
  bottom: s.y + s.height / 2,
});
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left) + CLEAR) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + CLEAR);

/** Boxes bucketed by area, so a label looks only at what is near it on a map of thousands of stages. */
class Grid {
  private cells = new Map<string, Box[]>();
  private *keys(b: Box) {
    for (let x = Math.floor(b.left / CELL); x <= Math.floor(b.right / CELL); x++)
      for (let y = Math.floor(b.top / CELL); y <= Math.floor(b.bottom / CELL); y++) yield `${x},${y}`;
  }
  add(b: Box) {
    for (const k of this.keys(b)) this.cells.set(k, [...(this.cells.get(k) ?? []), b]);
  }
  /** How much of the box is covered by what is already there (0: free). */
  covered(b: Box): number {
    const seen = new Set<Box>();
    let area = 0;
    for (const k of this.keys(b))
      for (const other of this.cells.get(k) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        area += overlap(b, other);
      }
    return area;
  }
}

/** Where a label may go, best first: on the line when it runs straight with room, else beside its ends or above it. */
type Candidate = Omit<LabelSpot, "dx" | "dy">;

function candidates(source: { x: number; y: number }, target: { x: number; y: number }): Candidate[] {
  const mid = { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
  const gap = target.x - source.x - 2 * LABEL_MARGIN;
  const narrow = (x: number, y: number): Candidate => ({
    x,
    y,
    width: NARROW_LABEL,
    height: NARROW_HEIGHT,
    narrow: true,
  });
  const straight = Math.abs(source.y - target.y) < 1;
  const spots: Candidate[] = [];
  if (straight && gap >= NARROW_LABEL) {
    spots.push({ x: mid.x, y: mid.y, width: Math.min(gap, HANDOFF_LABEL_WIDTH), height: WIDE_HEIGHT, narrow: false });
  }
  const lift = 12 + NARROW_HEIGHT / 2;
  if (target.x > source.x) spots.push(narrow(mid.x, mid.y - lift), narrow(mid.x, mid.y + lift));
  // A line that wraps to the next row: just after it leaves, or just before it arrives, where the rows end.
  const beside = 16 + NARROW_LABEL / 2;
  spots.push(
    narrow(source.x + beside, source.y - lift),
    narrow(source.x + beside, source.y + lift),
    narrow(target.x - beside, target.y - lift),
    narrow(target.x - beside, target.y + lift),
    // Clear of both stages' rows, above or below them, when they stand too close for anything nearer.
    narrow(mid.x, Math.min(source.y, target.y) - STAGE_HEIGHT / 2 - 12 - NARROW_HEIGHT / 2),
    narrow(mid.x, Math.max(source.y, target.y) + STAGE_HEIGHT / 2 + 12 + NARROW_HEIGHT / 2),
    narrow(mid.x, mid.y),
  );
  return spots;
}

/**
 * Every handoff label's place, worked out together so that no label sits
 * under a stage or another label: each takes the first of its candidate
 * spots that is free, or the least covered one when none is. Pure, so the
 * map, its PNG export and the tests agree.
 */
export function handoffLabelSpots(
  stages: readonly Pick<Stage, "id" | "position">[],
  transitions: readonly Pick<Transition, "id" | "from" | "to" | "handoff">[],
): Map<string, LabelSpot> {
  const grid = new Grid();
  const at = new Map(stages.map((s) => [s.id, s.position]));
  for (const s of stages) {
    grid.add({
      left: s.position.x,
      top: s.position.y,
      right: s.position.x + STAGE_WIDTH,
      bottom: s.position.y + STAGE_HEIGHT,
    });
  }
  const spots = new Map<string, LabelSpot>();
  for (const t of transitions) {
    if (!t.handoff) continue;
    const from = at.get(t.from);
    const to = at.get(t.to);
    if (!from || !to) continue;
    const source = { x: from.x + STAGE_WIDTH, y: from.y + STAGE_HEIGHT / 2 };
    const target = { x: to.x, y: to.y + STAGE_HEIGHT / 2 };
    let best: { spot: Candidate; covered: number } | null = null;
    for (const spot of candidates(source, target)) {
      const covered = grid.covered(boxOf(spot));
      if (!best || covered < best.covered) best = { spot, covered };
      if (covered === 0) break;
    }
    if (!best) continue;
    grid.add(boxOf(best.spot));
    const { spot } = best;
    spots.set(t.id, { ...spot, dx: spot.x - (source.x + target.x) / 2, dy: spot.y - (source.y + target.y) / 2 });
  }
  return spots;
}

type Placed = Pick<Stage, "id" | "position">;
type Linked = Pick<Transition, "id" | "from" | "to" | "handoff">;
let last: { stages: readonly Placed[]; transitions: readonly Linked[]; spots: Map<string, LabelSpot> } | null = null;

const samePlaces = (a: readonly Placed[], b: readonly Placed[]) =>
  a.length === b.length && a.every((s, i) => s.id === b[i]?.id && s.position === b[i]?.position);
const sameLinks = (a: readonly Linked[], b: readonly Linked[]) =>
  a.length === b.length &&
  a.every((t, i) => {
    const u = b[i];
    return u !== undefined && t.id === u.id && t.from === u.from && t.to === u.to && t.handoff === u.handoff;
  });

/**
 * The same, worked out again only when a stage moved or a handoff changed
 * ends: typing a name or a trigger replaces the lists but moves nothing, and
 * on a map of thousands of handoffs a keystroke must not pay for all of them.
 */
export function labelSpotsOf(stages: readonly Placed[], transitions: readonly Linked[]): Map<string, LabelSpot> {
  if (
    last &&
    (last.stages === stages || samePlaces(last.stages, stages)) &&
    (last.transitions === transitions || sameLinks(last.transitions, transitions))
  ) {
    last = { stages, transitions, spots: last.spots };
    return last.spots;
  }
  last = { stages, transitions, spots: handoffLabelSpots(stages, transitions) };
  return last.spots;
}
