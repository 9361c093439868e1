import type { ComponentType } from "react";
import { PHASES, type PhaseKey } from "../../../shared/session/phase-list";
import { AgreementView } from "../agreement/AgreementView";
import { DefinitionsView } from "../definitions/DefinitionsView";
import { ExportView } from "../export/ExportView";
import { JourneyView } from "../journey/JourneyView";
import { MeasuresView } from "../measures/MeasuresView";
import { SetupView } from "../setup/SetupView";
import { SignOffView } from "../signoff/SignOffView";

/**
 * The workshop's screens, in the order the session runs. Each feature adds
 * its own entry here; the shell shows them as tabs and keeps the current one
 * in the URL.
 */
export interface WorkshopView {
  /** URL segment: #/workshop/<id>/<key>, optionally followed by /<target id> (see app/route.ts). */
  key: string;
  label: string;
  Component: ComponentType;
}

const SCREENS: Record<PhaseKey, ComponentType> = {
  setup: SetupView,
  journey: JourneyView,
  definitions: DefinitionsView,
  agreement: AgreementView,
  measures: MeasuresView,
  signoff: SignOffView,
  export: ExportView,
};

/** The phases' own keys and labels (shared/session/phase-list.ts), each with its screen. */
export const WORKSHOP_VIEWS: WorkshopView[] = PHASES.map((p) => ({
  key: p.key,
  label: p.label,
  Component: SCREENS[p.key],
}));
