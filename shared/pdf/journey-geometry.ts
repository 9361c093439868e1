import type { Charter, Layout } from "../charter/format";
import { wrapLaneY } from "../journey/lanes";
import { STAGE_HEIGHT, STAGE_WIDTH } from "../journey/layout";
import { own } from "../workshop/own";

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Arrow {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Bends between start and end: a line wrapping to the next row runs round it, through the lane between rows. */
  via: Point[];
}

export interface MapGeometry {
  boxes: Box[];
  arrows: Arrow[];
  /** False when the room's layout would be too small to read and the map was redrawn in journey order. */
  asDrawn: boolean;
  fontSize: number;
}

/** Below this width a stage name is unreadable on paper, so the room's layout gives way to a grid. */
const MIN_BOX_WIDTH = 64;
const GAP_X = 26;
const GAP_Y = 30;
/** Room above the first row for SLA labels that rise above their arrow. */
const TOP = 16;
/** Room at each side for a line that leaves a stage and turns down to the next row. */
const ELBOW = 10;

interface Drawn {
  boxes: Box[];
  /** Where a height on the room's map lands on the page. */
  pageY: (y: number) => number;
  positions: { id: string; position: Point }[];
}

function asTheRoomDrew(c: Charter, layout: Layout, width: number, height: number): Drawn | null {
  const at = c.stages.map((s, i) => own(layout.stages, s.id) ?? { x: i * (STAGE_WIDTH + 160), y: 0 });
  if (at.length === 0) return { boxes: [], pageY: (y) => y, positions: [] };
  const minX = Math.min(...at.map((p) => p.x));
  const minY = Math.min(...at.map((p) => p.y));
  const spanX = Math.max(...at.map((p) => p.x)) - minX + STAGE_WIDTH;
  const spanY = Math.max(...at.map((p) => p.y)) - minY + STAGE_HEIGHT;
  const scale = Math.min((width - 2 * ELBOW) / spanX, (height - TOP) / spanY, 0.6);
  if (STAGE_WIDTH * scale < MIN_BOX_WIDTH) return null;
  const offsetX = (width - spanX * scale) / 2;
  const pageY = (y: number) => TOP + (y - minY) * scale;
  const boxes = c.stages.map((s, i) => ({
    id: s.id,
    x: offsetX + ((at[i]?.x ?? 0) - minX) * scale,
    y: pageY(at[i]?.y ?? 0),
    width: STAGE_WIDTH * scale,
    height: STAGE_HEIGHT * scale * 0.75,
  }));
  return { boxes, pageY, positions: c.stages.map((s, i) => ({ id: s.id, position: at[i] as Point })) };
}

/** Out of the source's right side, down into the lane, along it, and into the target's left side, as on screen. */
function wrapped(id: string, from: Box, to: Box, laneY: number): Arrow {
  const out = { x: from.x + from.width, y: from.y + from.height / 2 };
  const into = { x: to.x, y: to.y + to.height / 2 };
  return {
    id,
    x1: out.x,
    y1: out.y,
    x2: into.x,
    y2: into.y,
    via: [
      { x: out.x + ELBOW, y: out.y },
      { x: out.x + ELBOW, y: laneY },
      { x: into.x - ELBOW, y: laneY },
      { x: into.x - ELBOW, y: into.y },
    ],
  };
}

/** Journey order, row by row, alternating direction so each arrow to the next stage stays short. */
function inJourneyOrder(c: Charter, width: number, height: number): Box[] {
  const n = c.stages.length;
  for (let cols = Math.min(n, 6); cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const boxWidth = Math.min(150, (width - (cols - 1) * GAP_X) / cols);
    const boxHeight = Math.max(30, Math.min(56, boxWidth * 0.42));
    if (TOP + rows * boxHeight + (rows - 1) * GAP_Y <= height || cols === n) {
      const used = cols * boxWidth + (cols - 1) * GAP_X;
      return c.stages.map((s, i) => {
        const row = Math.floor(i / cols);
        const col = row % 2 === 0 ? i % cols : cols - 1 - (i % cols);
        return {
          id: s.id,
          x: (width - used) / 2 + col * (boxWidth + GAP_X),
          y: TOP + row * (boxHeight + GAP_Y),
          width: boxWidth,
          height: boxHeight,
        };
      });
    }
  }
  return [];
}

/** Where a line from a box's centre towards (tx, ty) leaves the box. */
function edgePoint(b: Box, tx: number, ty: number) {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const t = Math.min(Math.abs(b.width / 2 / (dx || 1e-9)), Math.abs(b.height / 2 / (dy || 1e-9)));
  return { x: cx + dx * t, y: cy + dy * t };
}

export function mapGeometry(c: Charter, layout: Layout, width: number, height: number): MapGeometry {
  const drawn = asTheRoomDrew(c, layout, width, height);
  const boxes = drawn?.boxes ?? inJourneyOrder(c, width, height);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const arrows: Arrow[] = [];
  for (const t of c.transitions) {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from || !to || from === to) continue;
    const lane = drawn && to.x < from.x ? wrapLaneY(drawn.positions, t.from, t.to) : null;
    if (drawn && lane !== null) {
      arrows.push(wrapped(t.id, from, to, drawn.pageY(lane)));
      continue;
    }
    const start = edgePoint(from, to.x + to.width / 2, to.y + to.height / 2);
    const end = edgePoint(to, from.x + from.width / 2, from.y + from.height / 2);
    arrows.push({ id: t.id, x1: start.x, y1: start.y, x2: end.x, y2: end.y, via: [] });
  }
  const boxWidth = boxes[0]?.width ?? 100;
  return { boxes, arrows, asDrawn: drawn !== null, fontSize: Math.max(6.5, Math.min(11, boxWidth / 11)) };
}

/** Splits a name into at most two lines that fit a box, ending in … when it does not. */
export function fitLabel(text: string, boxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(4, Math.floor((boxWidth - 10) / (fontSize * 0.56)));
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const clip = (s: string) => (s.length > perLine ? `${s.slice(0, perLine - 1)}…` : s);
  if (lines.length <= 2) return lines.map(clip);
  return [clip(lines[0] as string), clip(`${lines[1]} ${lines.slice(2).join(" ")}`)];
}
