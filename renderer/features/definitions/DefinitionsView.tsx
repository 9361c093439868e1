import { useCallback, useState } from "react";
import { DiffLegend } from "../../ui/DiffText";
import { AddTermForm } from "./AddTermForm";
import { SignalListEditor } from "./SignalListEditor";
import { Spotlight } from "./Spotlight";
import { TermBoard } from "./TermBoard";
import "./definitions.css";

export function DefinitionsView() {
  const [spotlight, setSpotlight] = useState<string | null>(null);
  const close = useCallback(() => setSpotlight(null), []);
  return (
    <div className="definitions">
      <div className="definitions-tools">
        <AddTermForm />
        <SignalListEditor />
        <DiffLegend />
      </div>
      <TermBoard onSpotlight={setSpotlight} />
      {spotlight && <Spotlight termId={spotlight} onMove={setSpotlight} onClose={close} />}
    </div>
  );
}
