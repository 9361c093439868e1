import type { Stage, Transition } from "../workshop/model";
import { labelSpotsOf } from "./label-spots";
import { STAGE_HEIGHT, STAGE_WIDTH } from "./layout";

export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A stage's handles stick out of its box by about this much, in flow units. */
const HANDLE = 16;

/**
 * What "the whole journey" covers on the map: every stage with its handles,
 * and every handoff label, which may sit above the top row or past the last
 * stage of a row. Fitting only the stages would cut those off.
 */
export function journeyBounds(
  stages: readonly Pick<Stage, "id" | "position">[],
  transitions: readonly Pick<Transition, "id" | "from" | "to" | "handoff">[],
): Bounds | null {
  if (stages.length === 0) return null;
  const b = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  const take = (left: number, top: number, right: number, bottom: number) => {
    b.left = Math.min(b.left, left);
    b.top = Math.min(b.top, top);
    b.right = Math.max(b.right, right);
    b.bottom = Math.max(b.bottom, bottom);
  };
  for (const s of stages)
    take(s.position.x - HANDLE, s.position.y, s.position.x + STAGE_WIDTH + HANDLE, s.position.y + STAGE_HEIGHT);
  for (const l of labelSpotsOf(stages, transitions).values())
    take(l.x - l.width / 2, l.y - l.height / 2, l.x + l.width / 2, l.y + l.height / 2);
  return b;
}

export interface FitArea {
  width: number;
  height: number;
  /** Screen pixels kept free on each side: the zoom buttons, an inspector lying over the map. */
  padding: { top: number; right: number; bottom: number; left: number };
  minZoom: number;
  maxZoom: number;
}

/** The viewport that shows the bounds whole in what the padding leaves of the screen, centred there. */
export function fitViewport(bounds: Bounds, area: FitArea): { x: number; y: number; zoom: number } {
  const { padding: p } = area;
  const room = {
    width: Math.max(1, area.width - p.left - p.right),
    height: Math.max(1, area.height - p.top - p.bottom),
  };
  const size = { width: Math.max(1, bounds.right - bounds.left), height: Math.max(1, bounds.bottom - bounds.top) };
  const zoom = Math.min(
    area.maxZoom,
    Math.max(area.minZoom, Math.min(room.width / size.width, room.height / size.height)),
  );
  return {
    x: p.left + (room.width - size.width * zoom) / 2 - bounds.left * zoom,
    y: p.top + (room.height - size.height * zoom) / 2 - bounds.top * zoom,
    zoom,
  };
}

/**
 * Where a journey too large to draw whole opens: the top-left corner of its
 * bounds, where it starts, at a zoom the room can read, the padding kept
 * free. Fitting it whole would draw it too small to read.
 */
export function startViewport(
  bounds: Bounds | null,
  padding: { top: number; left: number },
  zoom: number,
): { x: number; y: number; zoom: number } {
  if (!bounds) return { x: 0, y: 0, zoom };
  return { x: padding.left - bounds.left * zoom, y: padding.top - bounds.top * zoom, zoom };
}
