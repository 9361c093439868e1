import { type ReactFlowState, useStoreApi } from "@xyflow/react";
import { useLayoutEffect, useRef } from "react";

/** A dot's radius in the map's units, as React Flow's Background draws it: it shrinks as the map zooms out. */
const DOT = 0.5;

/**
 * The dots as a CSS background for the screen's view ([x, y, zoom] as React
 * Flow keeps it): one on every `gap` of the map's units, as far apart and as
 * large as the zoom makes them.
 */
export function gridBackground([x, y, zoom]: readonly [number, number, number], gap: number): string {
  const size = gap * zoom;
  const radius = DOT * zoom;
  // Each tile's dot is at its middle, so the tiles start half a tile before a dot.
  const at = (offset: number) => `${(((offset - size / 2) % size) + size) % size}px`;
  // The soft edge shrinks with the dot too, so a far view is not tinted grey.
  const dot = `radial-gradient(circle, var(--journey-grid-dot) ${radius}px, transparent ${radius + Math.min(0.6, radius)}px)`;
  return `${dot} ${at(x)} ${at(y)} / ${size}px ${size}px`;
}

/**
 * The map's dots: a background under the map, placed by a style written
 * straight onto it as the map pans and zooms. Nothing re-renders, and the
 * one box is drawn again in a single step. React Flow's Background is an
 * SVG pattern it renders again, through React, on every frame.
 */
export function DotGrid({ gap }: { gap: number }) {
  const store = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    let drawn: ReactFlowState["transform"] | null = null;
    const draw = (s: ReactFlowState) => {
      if (s.transform === drawn || !ref.current) return;
      drawn = s.transform;
      ref.current.style.background = gridBackground(s.transform, gap);
    };
    draw(store.getState());
    return store.subscribe(draw);
  }, [store, gap]);
  return <div ref={ref} className="journey-grid" aria-hidden="true" />;
}
