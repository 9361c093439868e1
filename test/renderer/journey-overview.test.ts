import { describe, expect, it } from "vitest";
import { gridBackground } from "../../renderer/features/journey/DotGrid";
import { mapPointAt, overviewFrame, viewInOverview } from "../../renderer/features/journey/overview-frame";

describe("the journey's overview", () => {
  const area = { left: -100, top: 0, right: 1900, bottom: 500 };
  const frame = overviewFrame(area, 200, 150);

  it("fits the whole journey inside itself, centred, its proportions kept", () => {
    // 2,000 × 500 map units into 188 × 138 pixels (a 6 px margin): the width decides.
    expect(frame.scale).toBeCloseTo(188 / 2000);
    expect(frame.x).toBeCloseTo(6);
    expect(frame.y).toBeCloseTo((150 - 500 * frame.scale) / 2);
    const bottomRight = { x: frame.x + 2000 * frame.scale, y: frame.y + 500 * frame.scale };
    expect(bottomRight.x).toBeCloseTo(194);
    expect(bottomRight.y).toBeLessThan(150);
  });

  it("outlines what the screen shows of the map", () => {
    // The screen shows map units 400…1000 across and 100…400 down: a 1,200 × 600 pane at zoom 2.
    const screen = viewInOverview([-800, -200, 2], { width: 1200, height: 600 }, frame);
    expect(screen.x).toBeCloseTo(frame.x + 500 * frame.scale);
    expect(screen.y).toBeCloseTo(frame.y + 100 * frame.scale);
    expect(screen.width).toBeCloseTo(600 * frame.scale);
    expect(screen.height).toBeCloseTo(300 * frame.scale);
  });

  it("takes a press on it back to the point of the map under it", () => {
    const screen = viewInOverview([-800, -200, 2], { width: 1200, height: 600 }, frame);
    expect(mapPointAt(screen.x, screen.y, frame)).toEqual({
      x: expect.closeTo(400, 6),
      y: expect.closeTo(100, 6),
    });
    expect(mapPointAt(frame.x, frame.y, frame)).toEqual({ x: -100, y: 0 });
  });
});

describe("the map's dots", () => {
  /** The screen positions of the dots along one axis, from a background's "x y / w h" placement. */
  const dotsAt = (background: string, axis: 0 | 1) => {
    const place = background.slice(background.lastIndexOf(") ") + 2);
    const [offsets, sizes] = place.split(" / ");
    const start = Number.parseFloat(offsets?.split(" ")[axis] ?? "NaN");
    const size = Number.parseFloat(sizes?.split(" ")[axis] ?? "NaN");
    return [0, 1, 2].map((k) => start + size / 2 + k * size);
  };

  it("sit on every 40 map units, wherever the map is panned and however far it is zoomed", () => {
    for (const [x, y, zoom] of [
      [0, 0, 1],
      [13, -7, 0.5],
      [-1234.5, 987, 2.5],
      [5, 5, 0.1],
    ] as const) {
      const background = gridBackground([x, y, zoom], 40);
      for (const axis of [0, 1] as const) {
        const offset = axis === 0 ? x : y;
        for (const screen of dotsAt(background, axis)) {
          const mapUnits = (screen - offset) / zoom;
          expect(Math.abs(mapUnits / 40 - Math.round(mapUnits / 40))).toBeLessThan(1e-9);
        }
      }
    }
  });

  it("grow and shrink with the zoom, their soft edge too, so a far view is not tinted", () => {
    const stops = (zoom: number) => {
      const [, solid, clear] = gridBackground([0, 0, zoom], 40).match(/\) ([\d.]+)px, transparent ([\d.]+)px/) ?? [];
      return { solid: Number(solid), clear: Number(clear) };
    };
    expect(stops(2).solid).toBeCloseTo(4 * stops(0.5).solid);
    expect(stops(0.1).solid).toBeLessThan(0.1);
    expect(stops(0.1).clear).toBeLessThanOrEqual(2 * stops(0.1).solid);
    expect(stops(1).clear - stops(1).solid).toBeLessThanOrEqual(0.6);
  });
});
