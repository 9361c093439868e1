import { useCallback } from "react";
import type { TemplateKey } from "../../../shared/journey/templates";
import { edit } from "../../store/workshop-store";
import { useJourneySelection } from "./selection";

/** Replaces the journey with a template in one undoable step, then fits it to the screen. */
export function useStartFrom() {
  return useCallback((key: TemplateKey) => {
    const applied = edit("applyTemplate", key);
    if (applied.ok) {
      useJourneySelection.getState().clear();
      useJourneySelection.getState().requestFit();
    }
    return applied.ok;
  }, []);
}
