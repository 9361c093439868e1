import type { ReactFlowInstance } from "@xyflow/react";
import { STAGE_HEIGHT, STAGE_WIDTH } from "../../../shared/journey/layout";
import type { Position } from "../../../shared/workshop/stages";
import { isTyping } from "../../commands/typing";
import { useJourneySelection } from "./selection";

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
      // Typing wins: a field the facilitator went to meanwhile (N, a stage's name) keeps the keyboard.
      const active = document.activeElement;
      if (isTyping(active) && !active?.closest(".journey-inspector")) return;
      const inspector = document.querySelector<HTMLElement>(`.journey-inspector [data-for="${CSS.escape(id)}"]`);
      const field = inspector && find(inspector);
      if (field) {
        field.focus({ preventScroll: true });
        then?.(field);
      } else if (left > 0) attempt(left - 1);
    });
  attempt(INSPECTOR_FRAMES);
}

/** The inspector's width (24rem in journey.css) while anything is selected, whether or not it has shown yet. */
function inspectorWidth(): number {
  const shown = document.querySelector(".journey-inspector")?.getBoundingClientRect().width;
  if (shown !== undefined) return shown;
  const { stageIds, transitionIds } = useJourneySelection.getState();
  if (stageIds.length + transitionIds.length === 0) return 0;
  return 24 * Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
}

function isInView(flow: ReactFlowInstance, point: Position): boolean {
  const box = document.querySelector(".journey-canvas .react-flow")?.getBoundingClientRect();
  if (!box) return true;
  // The inspector lies over the right of the map.
  const right = box.right - inspectorWidth();
  const screen = flow.flowToScreenPosition(point);
  return screen.x > box.left && screen.x < right && screen.y > box.top && screen.y < box.bottom;
}

/**
 * Pans (never zooms) so a stage is on screen, clear of the inspector, which
 * may not have shown yet. Waits two frames: React Flow places a new stage first.
 */
export function revealStage(flow: ReactFlowInstance, position: Position) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const centre = { x: position.x + STAGE_WIDTH / 2, y: position.y + STAGE_HEIGHT / 2 };
      if (isInView(flow, centre)) return;
      const { zoom } = flow.getViewport();
      void flow.setCenter(centre.x + inspectorWidth() / 2 / zoom, centre.y, { zoom });
    }),
  );
}
