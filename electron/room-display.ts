import type { Bounds } from "./window-state";

/** What the choice needs to know of a display (Electron's Display has these). */
export interface DisplayInfo {
  id: number;
  bounds: Bounds;
  workArea: Bounds;
  /** A laptop's own panel; false for a projector or monitor plugged in. */
  internal?: boolean;
}

export interface RoomPlacement {
  bounds: Bounds;
  fullScreen: boolean;
  displayId: number;
}

const area = (d: DisplayInfo) => d.bounds.width * d.bounds.height;

/**
 * The display the room screen belongs on: one the facilitator is not using,
 * an external one before another built-in panel, then the largest. Null when
 * the facilitator's display is the only one.
 */
export function chooseRoomDisplay(displays: readonly DisplayInfo[], facilitatorDisplayId: number): DisplayInfo | null {
  const others = displays.filter((d) => d.id !== facilitatorDisplayId);
  const ranked = [...others].sort(
    (a, b) => Number(a.internal === true) - Number(b.internal === true) || area(b) - area(a) || a.id - b.id,
  );
  return ranked[0] ?? null;
}

/** Room screen windows open at the size most projectors show. */
export const ROOM_WINDOW_SIZE = { width: 1280, height: 720 } as const;

/**
 * Where the room screen's window goes: full screen on the other display when
 * there is one; otherwise a window on the facilitator's own display (they
 * can drag it, or press F5 to present there), never full screen over the
 * editor they are using.
 */
export function placeRoomWindow(displays: readonly DisplayInfo[], facilitatorDisplayId: number): RoomPlacement {
  const other = chooseRoomDisplay(displays, facilitatorDisplayId);
  if (other) return { bounds: other.bounds, fullScreen: true, displayId: other.id };
  const own = displays.find((d) => d.id === facilitatorDisplayId) ?? displays[0];
  const work = own?.workArea ?? { x: 0, y: 0, ...ROOM_WINDOW_SIZE };
  const width = Math.min(ROOM_WINDOW_SIZE.width, work.width);
  const height = Math.min(ROOM_WINDOW_SIZE.height, work.height);
  return {
    bounds: {
      x: work.x + Math.round((work.width - width) / 2),
      y: work.y + Math.round((work.height - height) / 2),
      width,
      height,
    },
    fullScreen: false,
    displayId: own?.id ?? facilitatorDisplayId,
  };
}
