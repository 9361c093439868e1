import { Graph, layout } from "@dagrejs/dagre";
import type { Stage, Transition, Workshop } from "../workshop/model";
import type { Result } from "../workshop/result";
import { moveStages, type Position } from "../workshop/stages";

/**
 * A stage's size on the map, in flow units. Large on purpose: a 12-stage
 * journey fitted to a 1280×720 projector must still show its names at 18 px.
 */
export const STAGE_WIDTH = 300;
export const STAGE_HEIGHT = 150;
export const GRID = 20;
/**
 * Where a stage's handles are drawn (journey.css), in flow units from the
 * stage's corner: in on the left, out on the right. A browser test holds the
 * drawn ones to these.
 */
export const STAGE_HANDLE_BOXES = {
  target: { x: -23, y: 58, width: 34, height: 34 },
  source: { x: 296, y: 58, width: 34, height: 34 },
} as const;

/** A stage's name on the map, in flow units; fitted to a projector it must stay at 18 CSS px or more. */
export const STAGE_NAME_PX = 34;
const READABLE_ZOOM = 18 / STAGE_NAME_PX;

export interface LayoutOptions {
  /** The map's space on the smallest screen the room will see: a 1280×720 projector less the app's chrome. */
  screen?: { width: number; height: number };
}

// Measured: at 1280×720 the app's header and the map's toolbar leave about 1280×470 for the map.
const SMALL_SCREEN = { width: 1240, height: 460 };

// Between two stages; a handoff's gap is wider (HANDOFF_GAP) to hold its trigger-and-SLA label.
export const RANK_GAP = 160;
/**
 * A handoff's label says its SLA and trigger in type as large as the stage
 * names, and sits on its line between the two stages: the gap before the
 * stage that receives a handoff is widened to hold it.
 */
export const HANDOFF_GAP = 380;
/** The label's width in that gap, leaving a stretch of the dashed line in sight at each end. */
export const HANDOFF_LABEL_WIDTH = 300;
const NODE_GAP = 40;
const ROW_GAP = 50;

const snap = (n: number) => Math.round(n / GRID) * GRID;

interface Placed {
  id: string;
  x: number;
  y: number;
}

/** Left to right by dagre: the centres of each stage, before any wrapping. */
function rankedCentres(
  stages: readonly Pick<Stage, "id">[],
  transitions: readonly Pick<Transition, "from" | "to">[],
  width: number,
  height: number,
): Placed[] {
  const g = new Graph();
  g.setGraph({ rankdir: "LR", ranksep: RANK_GAP, nodesep: NODE_GAP, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const s of stages) g.setNode(s.id, { width, height });
  const known = new Set(stages.map((s) => s.id));
  for (const t of transitions) if (known.has(t.from) && known.has(t.to) && t.from !== t.to) g.setEdge(t.from, t.to);
  layout(g);
  return stages.map((s) => {
    const n = g.node(s.id) as { x: number; y: number };
    return { id: s.id, x: n.x, y: n.y };
  });
}

/** Where each column's stages start and end vertically (their centres). */
interface Column {
  top: number;
  bottom: number;
}

type Link = Pick<Transition, "from" | "to"> & { handoff?: boolean };

/**
 * Each column's left-hand x once the gaps before a handoff are widened: a
 * handoff between neighbouring columns pushes every later column right.
 */
function widenedColumns(columnXs: readonly number[], columnOf: Map<string, number>, links: readonly Link[]): number[] {
  const wide = new Set<number>();
  for (const t of links) {
    const from = columnOf.get(t.from);
    const to = columnOf.get(t.to);
    if (t.handoff && from !== undefined && to === from + 1) wide.add(to);
  }
  let shift = 0;
  return columnXs.map((x, i) => {
    if (wide.has(i)) shift += HANDOFF_GAP - RANK_GAP;
    return x + shift;
  });
}

/** The rows a journey wraps into with `perRow` columns each, and how tall each row is. */
function rowSpans(columns: readonly Column[], perRow: number): { top: number; span: number }[] {
  const rows: { top: number; span: number }[] = [];
  for (let start = 0; start < columns.length; start += perRow) {
    const slice = columns.slice(start, start + perRow);
    const top = Math.min(...slice.map((c) => c.top));
    rows.push({ top, span: Math.max(...slice.map((c) => c.bottom)) - top + STAGE_HEIGHT });
  }
  return rows;
}

/**
 * How many columns per row: the fewest rows at which the names stay readable
 * when the map is fitted to the screen; failing that, whatever shows them largest.
 */
function columnsPerRow(
  columns: readonly Column[],
  lefts: readonly number[],
  screen: { width: number; height: number },
): number {
  let best = { perRow: columns.length, zoom: 0 };
  let rowsSeen = 0;
  for (let perRow = columns.length; perRow >= 1; perRow--) {
    const rows = rowSpans(columns, perRow);
    if (rows.length !== rowsSeen && best.zoom >= READABLE_ZOOM) return best.perRow;
    rowsSeen = rows.length;
    let width = 0;
    for (let start = 0; start < lefts.length; start += perRow) {
      const end = Math.min(start + perRow, lefts.length) - 1;
      width = Math.max(width, (lefts[end] as number) - (lefts[start] as number) + STAGE_WIDTH);
    }
    const height = rows.reduce((sum, r) => sum + r.span, 0) + (rows.length - 1) * ROW_GAP;
    const zoom = Math.min(screen.width / width, screen.height / height);
    if (zoom > best.zoom) best = { perRow, zoom };
  }
  return best.perRow;
}

/**
 * Positions (top-left corners) for every stage: ranked left to right with
 * dagre, so every transition points rightwards. A journey too long for the
 * screen wraps like a line of text: its later columns continue on a row
 * below, still read left to right.
 */
export function layoutJourney(
  stages: readonly Pick<Stage, "id">[],
  transitions: readonly Link[],
  options: LayoutOptions = {},
): Record<string, Position> {
  return planJourney(stages, transitions, options).positions;
}

export interface JourneyPlan {
  positions: Record<string, Position>;
  /** Which row each stage wrapped onto, 0 for the first. */
  rows: Record<string, number>;
}

export function planJourney(
  stages: readonly Pick<Stage, "id">[],
  transitions: readonly Link[],
  options: LayoutOptions = {},
): JourneyPlan {
  const width = STAGE_WIDTH;
  const height = STAGE_HEIGHT;
  if (stages.length === 0) return { positions: {}, rows: {} };
  const centres = rankedCentres(stages, transitions, width, height);
  const columnXs = [...new Set(centres.map((c) => Math.round(c.x)))].sort((a, b) => a - b);
  const column = new Map(columnXs.map((x, i) => [x, i]));
  const columns: Column[] = columnXs.map(() => ({ top: Number.POSITIVE_INFINITY, bottom: Number.NEGATIVE_INFINITY }));
  for (const c of centres) {
    const col = columns[column.get(Math.round(c.x)) as number] as Column;
    col.top = Math.min(col.top, c.y);
    col.bottom = Math.max(col.bottom, c.y);
  }
  const columnOf = new Map(centres.map((c) => [c.id, column.get(Math.round(c.x)) as number]));
  const lefts = widenedColumns(columnXs, columnOf, transitions);
  const perRow = columnsPerRow(columns, lefts, options.screen ?? SMALL_SCREEN);
  const spans = rowSpans(columns, perRow);
  const rowTops: number[] = [];
  spans.reduce((y, r, i) => {
    rowTops[i] = y;
    return y + r.span + ROW_GAP;
  }, 0);
  const positions: Record<string, Position> = {};
  const rows: Record<string, number> = {};
  for (const c of centres) {
    const index = column.get(Math.round(c.x)) as number;
    const row = Math.floor(index / perRow);
    rows[c.id] = row;
    positions[c.id] = {
      x: snap((lefts[index] as number) - (lefts[row * perRow] as number)),
      y: snap(c.y - (spans[row] as { top: number }).top + (rowTops[row] as number)),
    };
  }
  return { positions, rows };
}

/** Tidies the whole journey in one step (one undo). */
export function arrangeJourney(w: Workshop, options: LayoutOptions = {}): Result {
  return moveStages(w, layoutJourney(w.stages, w.transitions, options));
}
