import { useCallback, useEffect, useRef, useState } from "react";
import { termNamedBy } from "../../../shared/workshop/glossary";
import { useRouteTarget } from "../../app/route";
import { useBindCommands } from "../../commands/bind";
import { useWorkshopStore } from "../../store/workshop-store";
import { DiffLegend } from "../../ui/DiffText";
import { useFocusTarget } from "../../ui/useFocusTarget";
import { SPOTLIGHT_FIELD } from "../cockpit/palette-entries";
import { useRoomCue } from "../room/cue-store";
import { AddTermForm } from "./AddTermForm";
import { SignalListEditor } from "./SignalListEditor";
import { Spotlight } from "./Spotlight";
import { TermBoard } from "./TermBoard";
import "./definitions.css";

/** A link may name a term, or a stage whose own term is meant. */
function termRowOf(id: string): string | null {
  const workshop = useWorkshopStore.getState().workshop;
  return (workshop && termNamedBy(workshop, id)?.id) ?? null;
}

export function DefinitionsView() {
  const [spotlight, setSpotlight] = useState<string | null>(null);
  const close = useCallback(() => setSpotlight(null), []);
  const board = useRef<HTMLDivElement>(null);
  useFocusTarget(board, termRowOf);
  // A link into the spotlight (the palette's "Spotlight <term>") opens it on that term.
  const target = useRouteTarget();
  useEffect(() => {
    const termId = target?.field === SPOTLIGHT_FIELD ? termRowOf(target.id) : null;
    if (termId) setSpotlight(termId);
  }, [target]);
  useBindCommands({
    "definitions.spotlight": () => {
      const row = document.activeElement?.closest<HTMLElement>("[data-route-target]");
      const first = useWorkshopStore.getState().workshop?.terms[0]?.id;
      const termId = row?.dataset.routeTarget ?? first;
      if (termId) setSpotlight(termId);
    },
  });
  // The room screen shows the term in the spotlight, else the one the facilitator is working in.
  useEffect(() => {
    if (spotlight) useRoomCue.getState().focusTerm(spotlight);
  }, [spotlight]);
  useEffect(() => {
    const element = board.current;
    if (!element || spotlight) return;
    const follow = (focused: Element | null) => {
      const termId = focused?.closest<HTMLElement>("[data-route-target]")?.dataset.routeTarget;
      if (termId) useRoomCue.getState().focusTerm(termId);
    };
    const onFocus = (e: FocusEvent) => follow(e.target as Element);
    element.addEventListener("focusin", onFocus);
    // A link may have put the keyboard on a term before this listened.
    if (element.contains(document.activeElement)) follow(document.activeElement);
    return () => element.removeEventListener("focusin", onFocus);
  }, [spotlight]);
  return (
    <div className="definitions" ref={board}>
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
