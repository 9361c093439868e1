import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useState } from "react";
import { useWorkshopStore } from "../../store/workshop-store";
import { TemplatePicker } from "../../ui/TemplatePicker";
import { Inspector } from "./Inspector";
import { JourneyCanvas } from "./JourneyCanvas";
import { useJourneySelection } from "./selection";
import { Toolbar } from "./Toolbar";
import { useStartFrom } from "./useStartFrom";
import "@xyflow/react/dist/style.css";
import "./journey.css";

/** Shown over an empty map: the room starts from a template, or blank. */
function EmptyJourney() {
  const empty = useWorkshopStore((s) => s.workshop?.stages.length === 0);
  const [blank, setBlank] = useState(false);
  const startFrom = useStartFrom();
  if (!empty || blank) return null;
  return (
    <section className="journey-empty" aria-labelledby="journey-empty-heading">
      <h2 id="journey-empty-heading">Start the buyer journey</h2>
      <TemplatePicker onPick={(key) => (key === "blank" ? setBlank(true) : startFrom(key))} />
    </section>
  );
}

export function JourneyView() {
  // Selection belongs to one visit of the map: leaving the view (or the workshop) lets go of it.
  useEffect(() => () => useJourneySelection.getState().clear(), []);
  return (
    <ReactFlowProvider>
      <div className="journey">
        <Toolbar />
        <div className="journey-body">
          <JourneyCanvas />
          <EmptyJourney />
          <Inspector />
        </div>
      </div>
    </ReactFlowProvider>
  );
}
