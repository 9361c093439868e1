import type { ReactFlowInstance } from "@xyflow/react";
import { STAGE_HEIGHT, STAGE_WIDTH } from "../../../shared/journey/layout";
import type { Position } from "../../../shared/workshop/stages";
import { isTyping } from "../../commands/typing";

/** Focus at once: a rename field hands the keyboard straight back to its stage, so "Enter, N" never falls on the page. */
export function focusStageNow(stageId: string) {
  document.querySelector<HTMLElement>(`.journey-canvas .react-flow__node[data-id="${CSS.escape(stageId)}"]`)?.focus();
}

export function focusStage(stageId: string) {
  requestAnimationFrame(() => {
    // Typing wins: a name field opened meanwhile keeps the focus.
    if (isTyping(document.activeElement)) return;
    document.querySelector<HTMLElement>(`.journey-canvas .react-flow__node[data-id="${CSS.escape(stageId)}"]`)?.focus();
  });
}

/** Frames to wait for the inspector: it follows the map's selection a frame or two later (see Inspector). */
const INSPECTOR_FRAMES = 30;

/**
 * Gives the keyboard to a field of the inspector of a stage or transition
 * once it shows: a click on the map is answered on the map first, and the
 * panel follows when React has time for it, so the field may not be in the
 * page yet, and the panel there may still be the one selected before.
 */
export function focusInInspector(
  id: string,
  find: (inspector: HTMLElement) => HTMLElement | null,
  then?: (field: HTMLElement) => void,
) {
  const attempt = (left: number) =>
    requestAnimationFrame(() => {
      const inspector = document.querySelector<HTMLElement>(`.journey-inspector [data-for="${CSS.escape(id)}"]`);
      const field = inspector && find(inspector);
      if (field) {
        field.focus({ preventScroll: true });
        then?.(field);
      } else if (left > 0) attempt(left - 1);
    });
  attempt(INSPECTOR_FRAMES);
}

function isInView(flow: ReactFlowInstance, point: Position): boolean {
  const box = document.querySelector(".journey-canvas .react-flow")?.getBoundingClientRect();
  if (!box) return true;
  // The inspector lies over the right of the map.
  const right = document.querySelector(".journey-inspector")?.getBoundingClientRect().left ?? box.right;
  const screen = flow.flowToScreenPosition(point);
  return screen.x > box.left && screen.x < right && screen.y > box.top && screen.y < box.bottom;
}

/**
 * Pans (never zooms) so a stage is on screen, clear of the inspector. Waits
 * two frames: selecting a stage opens the inspector first.
 */
export function revealStage(flow: ReactFlowInstance, position: Position) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const centre = { x: position.x + STAGE_WIDTH / 2, y: position.y + STAGE_HEIGHT / 2 };
      if (isInView(flow, centre)) return;
      const { zoom } = flow.getViewport();
      const inspector = document.querySelector(".journey-inspector")?.getBoundingClientRect().width ?? 0;
      void flow.setCenter(centre.x + inspector / 2 / zoom, centre.y, { zoom });
    }),
  );
}
