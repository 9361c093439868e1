import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "./atomic-write";

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 720, height: 520 } as const;

// Less of the window than this on any display and the user could not grab it
// to drag it back, so it is treated as lost.
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** Anything unreadable (a half-written file, an old format, hand edits) means "no saved state". */
export function parseWindowState(text: string): WindowState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { bounds, maximized } = value as { bounds?: Partial<Bounds>; maximized?: unknown };
  if (typeof bounds !== "object" || bounds === null) return null;
  const { x, y, width, height } = bounds;
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { bounds: { x, y, width, height }, maximized: maximized === true };
}

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

function centred(workArea: Bounds): Bounds {
  const width = Math.min(DEFAULT_SIZE.width, workArea.width);
  const height = Math.min(DEFAULT_SIZE.height, workArea.height);
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens: where it was, pulled fully onto the display it
 * mostly sat on; or centred on the primary display (the first work area)
 * when there is no saved state or its display has gone.
 */
export function restoreBounds(saved: WindowState | null, workAreas: Bounds[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved === null) return { bounds: centred(primary), maximized: false };

  let best: Bounds | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const shared = overlap(saved.bounds, area);
    if (shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height) {
      if (shared.width * shared.height > bestArea) {
        best = area;
        bestArea = shared.width * shared.height;
      }
    }
  }
  if (best === undefined) return { bounds: centred(primary), maximized: false };

  const width = Math.round(clamp(saved.bounds.width, Math.min(MIN_SIZE.width, best.width), best.width));
  const height = Math.round(clamp(saved.bounds.height, Math.min(MIN_SIZE.height, best.height), best.height));
  return {
    bounds: {
      x: Math.round(clamp(saved.bounds.x, best.x, best.x + best.width - width)),
      y: Math.round(clamp(saved.bounds.y, best.y, best.y + best.height - height)),
      width,
      height,
    },
    maximized: saved.maximized,
  };
}

export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(file, "utf8"));
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(state)}\n`);
}
