import type { ComponentType } from "react";
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

export const WORKSHOP_VIEWS: WorkshopView[] = [
  { key: "setup", label: "Set up", Component: SetupView },
  { key: "journey", label: "Journey", Component: JourneyView },
  { key: "definitions", label: "Definitions", Component: DefinitionsView },
  { key: "agreement", label: "Agree", Component: AgreementView },
  { key: "measures", label: "Measures", Component: MeasuresView },
  { key: "signoff", label: "Sign off", Component: SignOffView },
  { key: "export", label: "Export", Component: ExportView },
];
