import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type Bounds,
  parseWindowState,
  readWindowState,
  restoreBounds,
  type WindowState,
  writeWindowState,
} from "../../electron/window-state";

const laptop: Bounds = { x: 0, y: 0, width: 1920, height: 1050 };
const projectorOnTheRight: Bounds = { x: 1920, y: 0, width: 1280, height: 720 };
const saved = (bounds: Bounds, maximized = false): WindowState => ({ bounds, maximized });

describe("reopening the window where the facilitator left it", () => {
  it("opens 1280×800 in the middle of the main display the first time", () => {
    expect(restoreBounds(null, [laptop])).toEqual({
      bounds: { x: 320, y: 125, width: 1280, height: 800 },
      maximized: false,
    });
  });

  it("puts it back exactly where it was", () => {
    const where = saved({ x: 100, y: 80, width: 1400, height: 900 }, true);
    expect(restoreBounds(where, [laptop])).toEqual(where);
  });

  it("finds it on the projector when the projector is still connected", () => {
    const onProjector = saved({ x: 2000, y: 50, width: 1000, height: 600 });
    expect(restoreBounds(onProjector, [laptop, projectorOnTheRight])).toEqual(onProjector);
  });

  it("brings it back to the middle of the laptop when the projector has gone", () => {
    const onProjector = saved({ x: 2000, y: 50, width: 1000, height: 600 });
    expect(restoreBounds(onProjector, [laptop]).bounds).toEqual({ x: 320, y: 125, width: 1280, height: 800 });
  });

  it("pulls a window hanging off an edge fully onto its display", () => {
    const hanging = saved({ x: 1500, y: -40, width: 1000, height: 700 });
    expect(restoreBounds(hanging, [laptop]).bounds).toEqual({ x: 920, y: 0, width: 1000, height: 700 });
  });

  it("shrinks a window larger than a smaller display", () => {
    const huge = saved({ x: 1920, y: 0, width: 2500, height: 1400 });
    expect(restoreBounds(huge, [laptop, projectorOnTheRight]).bounds).toEqual(projectorOnTheRight);
  });

  it("treats a sliver left on screen as lost", () => {
    const sliver = saved({ x: 1900, y: 100, width: 1000, height: 700 });
    expect(restoreBounds(sliver, [laptop]).bounds).toEqual({ x: 320, y: 125, width: 1280, height: 800 });
  });

  it("fits the first window onto a display smaller than 1280×800", () => {
    const small: Bounds = { x: 0, y: 0, width: 1024, height: 740 };
    expect(restoreBounds(null, [small]).bounds).toEqual(small);
  });
});

describe("the window state file", () => {
  it.each([
    ["empty", ""],
    ["half-written", '{"bounds":{"x":1'],
    ["not an object", "42"],
    ["missing bounds", '{"maximized":true}'],
    ["non-numeric", '{"bounds":{"x":"1","y":0,"width":800,"height":600}}'],
    ["zero-sized", '{"bounds":{"x":0,"y":0,"width":0,"height":600}}'],
  ])("is ignored when %s", (_what, text) => {
    expect(parseWindowState(text)).toBeNull();
  });

  it("round-trips through userData", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "accord-window-"));
    try {
      const file = path.join(dir, "window-state.json");
      expect(await readWindowState(file)).toBeNull();
      await writeWindowState(file, saved({ x: 10, y: 20, width: 1300, height: 820 }, true));
      expect(await readWindowState(file)).toEqual(saved({ x: 10, y: 20, width: 1300, height: 820 }, true));
      await writeFile(file, "garbage");
      expect(await readWindowState(file)).toBeNull();
      expect(await readFile(file, "utf8")).toBe("garbage");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
