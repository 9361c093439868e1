import { useReactFlow } from "@xyflow/react";
import { useState } from "react";
import { useBindCommands } from "../../commands/bind";
import { edit } from "../../store/workshop-store";
import { Banner } from "../../ui/Banner";
import { fitJourney } from "./fit";
import { StartFromDialog } from "./StartFromDialog";
import { useJourneySelection } from "./selection";
import { NO_DRAG, useMapEdits } from "./useMapEdits";
import { type MapFormat, useMapExport } from "./useMapExport";

function ExportMenu() {
  const { exportMap, problem, dismiss } = useMapExport();
  const [format, setFormat] = useState<MapFormat>("png");
  return (
    <>
      <span className="journey-export">
        <label>
          <span className="visually-hidden">Export format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as MapFormat)}>
            <option value="png">PNG image</option>
            <option value="svg">SVG image</option>
            <option value="canvas">JSON Canvas</option>
          </select>
        </label>
        <button type="button" className="btn" onClick={() => void exportMap(format)}>
          Export map…
        </button>
      </span>
      {problem && (
        <Banner tone="error">
          <p>{problem}</p>
          <button type="button" className="btn" onClick={dismiss}>
            OK
          </button>
        </Banner>
      )}
    </>
  );
}

export function Toolbar() {
  const { addStageAt } = useMapEdits(NO_DRAG);
  const flow = useReactFlow();
  const [startFrom, setStartFrom] = useState(false);
  const arrange = () => edit("arrangeJourney").ok && useJourneySelection.getState().requestFit();
  const fit = () => void fitJourney(flow);
  useBindCommands({ "journey.add-stage": () => addStageAt(), "journey.arrange": arrange, "journey.fit": fit });
  return (
    <div className="journey-toolbar" role="toolbar" aria-label="Journey">
      <button type="button" className="btn btn-primary" onClick={() => addStageAt()} aria-keyshortcuts="N">
        Add stage
      </button>
      <button type="button" className="btn" onClick={arrange} aria-keyshortcuts="L">
        Arrange left to right
      </button>
      <button type="button" className="btn" onClick={fit} aria-keyshortcuts="F">
        Fit to screen
      </button>
      <button type="button" className="btn" onClick={() => setStartFrom(true)}>
        Start from…
      </button>
      <ExportMenu />
      <span className="journey-hint muted">Double-click the map or press N to add a stage</span>
      {startFrom && <StartFromDialog onClose={() => setStartFrom(false)} />}
    </div>
  );
}
