import { useSyncExternalStore } from "react";
import { currentFrame, subscribeFrame } from "./frame-source";
import { RoomScreen } from "./RoomScreen";

/** One screen only: F5 puts the room screen over the editor, which stays underneath with its keys. */
export function RoomPresentation() {
  const frame = useSyncExternalStore(subscribeFrame, currentFrame);
  return frame ? <RoomScreen frame={frame} /> : null;
}
