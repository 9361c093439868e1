import type { ComponentType } from "react";
import { SetupView } from "../setup/SetupView";

/**
 * The workshop's screens, in the order the session runs. Each feature adds
 * its own entry here; the shell shows them as tabs and keeps the current one
 * in the URL.
 */
export interface WorkshopView {
  /** URL segment: #/workshop/<id>/<key>. */
  key: string;
  label: string;
  Component: ComponentType;
}

export const WORKSHOP_VIEWS: WorkshopView[] = [{ key: "setup", label: "Set up", Component: SetupView }];
