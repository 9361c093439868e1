/** A rectangle in the map's units. */
export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How the journey's area sits in the overview: map units to the overview's pixels, centred. */
export interface OverviewFrame {
  /** Overview pixels per map unit. */
  scale: number;
  /** Where the area's top-left corner lands, in overview pixels. */
  x: number;
  y: number;
  /** The area, in map units. */
  area: Area;
}

/** A margin round the stages, in overview pixels, so the outer stages are not cut by the edge. */
const MARGIN = 6;

export function overviewFrame(area: Area, width: number, height: number): OverviewFrame {
  const w = Math.max(1, area.right - area.left);
  const h = Math.max(1, area.bottom - area.top);
  const scale = Math.min((width - 2 * MARGIN) / w, (height - 2 * MARGIN) / h);
  return { scale, x: (width - w * scale) / 2, y: (height - h * scale) / 2, area };
}

/** What the screen shows of the map, in map units: React Flow's [x, y, zoom] over a pane of `pane` pixels. */
export function screenArea(
  [x, y, zoom]: readonly [number, number, number],
  pane: { width: number; height: number },
): Area {
  return { left: -x / zoom, top: -y / zoom, right: (pane.width - x) / zoom, bottom: (pane.height - y) / zoom };
}

/** What the screen shows of the map, in overview pixels. */
export function viewInOverview(
  transform: readonly [number, number, number],
  pane: { width: number; height: number },
  frame: OverviewFrame,
): { x: number; y: number; width: number; height: number } {
  const screen = screenArea(transform, pane);
  return {
    x: frame.x + (screen.left - frame.area.left) * frame.scale,
    y: frame.y + (screen.top - frame.area.top) * frame.scale,
    width: (screen.right - screen.left) * frame.scale,
    height: (screen.bottom - screen.top) * frame.scale,
  };
}

/** The point of the map under a pixel of the overview. */
export function mapPointAt(px: number, py: number, frame: OverviewFrame): { x: number; y: number } {
  return { x: frame.area.left + (px - frame.x) / frame.scale, y: frame.area.top + (py - frame.y) / frame.scale };
}
