import { describe, expect, it } from "vitest";
import { chooseRoomDisplay, type DisplayInfo, placeRoomWindow } from "../../electron/room-display";

const display = (id: number, width: number, height: number, x: number, internal?: boolean): DisplayInfo => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
  internal,
});

const laptop = display(1, 1440, 900, 0, true);
const projector = display(2, 1920, 1080, 1440, false);
const monitor = display(3, 2560, 1440, 3360, false);

describe("which display the room screen goes to", () => {
  it("is the projector when the facilitator is on the laptop", () => {
    expect(chooseRoomDisplay([laptop, projector], 1)?.id).toBe(2);
  });

  it("is the laptop's panel when the facilitator works on the external display", () => {
    expect(chooseRoomDisplay([laptop, projector], 2)?.id).toBe(1);
  });

  it("prefers an external display to another built-in one, then the larger", () => {
    const tablet = display(4, 2732, 2048, -2732, true);
    expect(chooseRoomDisplay([laptop, tablet, projector], 1)?.id).toBe(2);
    expect(chooseRoomDisplay([laptop, projector, monitor], 1)?.id).toBe(3);
  });

  it("is nothing with one display", () => {
    expect(chooseRoomDisplay([laptop], 1)).toBeNull();
  });

  it("does not depend on the order the system lists displays in", () => {
    expect(chooseRoomDisplay([monitor, laptop, projector], 1)?.id).toBe(
      chooseRoomDisplay([projector, laptop, monitor], 1)?.id,
    );
  });
});

describe("where the room screen's window is placed", () => {
  it("fills the other display, full screen", () => {
    expect(placeRoomWindow([laptop, projector], 1)).toEqual({
      bounds: projector.bounds,
      fullScreen: true,
      displayId: 2,
    });
  });

  it("comes back to the facilitator's display as a window, not full screen, when the projector goes", () => {
    const placed = placeRoomWindow([laptop], 1);
    expect(placed.fullScreen).toBe(false);
    expect(placed.displayId).toBe(1);
    expect(placed.bounds).toEqual({ x: 80, y: 70, width: 1280, height: 720 });
  });

  it("fits a display smaller than a room window", () => {
    const small = display(5, 1024, 700, 0, true);
    const placed = placeRoomWindow([small], 5);
    expect(placed.bounds.width).toBe(1024);
    expect(placed.bounds.height).toBe(660);
  });
});
