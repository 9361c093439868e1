import type { Host } from "../../../shared/host";
import { useRoomCue } from "./cue-store";

const BLOCKED =
  "The browser did not open the room screen’s window: allow pop-ups for Accord and try again, or press F5 to show the room screen on this display.";

/** Opens the room screen for the projector; a refusal is said on the presenter strip, not swallowed. */
export async function openRoomScreen(host: Host, workshopId: string): Promise<void> {
  const cue = useRoomCue.getState();
  try {
    const outcome = await host.openRoomScreen(workshopId);
    cue.setProblem(outcome === "blocked" ? BLOCKED : null);
  } catch (error) {
    cue.setProblem(`The room screen could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
}
