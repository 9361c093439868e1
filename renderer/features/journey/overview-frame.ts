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

/** The screen's view of the map ([x, y, zoom] as React Flow keeps it, over a pane of `pane` pixels), in overview pixels. */
export function viewInOverview(
  [x, y, zoom]: readonly [number, number, number],
  pane: { width: number; height: number },
  frame: OverviewFrame,
): { x: number; y: number; width: number; height: number } {
  const left = -x / zoom;
  const top = -y / zoom;
  return {
    x: frame.x + (left - frame.area.left) * frame.scale,
    y: frame.y + (top - frame.area.top) * frame.scale,
    width: (pane.width / zoom) * frame.scale,
    height: (pane.height / zoom) * frame.scale,
  };
}

/** The point of the map under a pixel of the overview. */
export function mapPointAt(px: number, py: number, frame: OverviewFrame): { x: number; y: number } {
  return { x: frame.area.left + (px - frame.x) / frame.scale, y: frame.area.top + (py - frame.y) / frame.scale };
}
