import { useEffect } from "react";
import { revealedAfter } from "../../../shared/room/cue";
import { useWorkshopStore } from "../../store/workshop-store";
import { useRoomCue } from "./cue-store";

/** Every change to the workshop is checked for a new round of a revealed check, which the room then sees blind. */
export function useBlindRounds(): void {
  useEffect(
    () =>
      useWorkshopStore.subscribe((state, previous) => {
        if (!state.workshop || !previous.workshop || state.workshop === previous.workshop) return;
        const { revealed } = useRoomCue.getState();
        if (revealed.length === 0) return;
        const next = revealedAfter(revealed, previous.workshop, state.workshop);
        if (next !== revealed) useRoomCue.setState({ revealed: next });
      }),
    [],
  );
}
