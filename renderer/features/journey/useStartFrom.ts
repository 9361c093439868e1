import { useCallback } from "react";
import { applyTemplate, type TemplateKey } from "../../../shared/journey/templates";
import { useWorkshopStore } from "../../store/workshop-store";
import { useJourneySelection } from "./selection";

/** Replaces the journey with a template in one undoable step, then fits it to the screen. */
export function useStartFrom() {
  const apply = useWorkshopStore((s) => s.apply);
  return useCallback(
    (key: TemplateKey) => {
      const applied = apply((w) => applyTemplate(w, key));
      if (applied) {
        useJourneySelection.getState().clear();
        useJourneySelection.getState().requestFit();
      }
      return applied;
    },
    [apply],
  );
}
