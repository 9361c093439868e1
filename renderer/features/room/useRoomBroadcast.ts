import { useEffect } from "react";
import { isFromRoom, roomChannelName, type ToRoom } from "../../../shared/room/messages";
import { useRoomCue } from "./cue-store";
import { currentFrame, subscribeFrame } from "./frame-source";

/**
 * The facilitator's window keeps every room screen of this workshop in step:
 * a frame on each change while a room screen is open, and a roll call when
 * it starts (a room screen opened before a reload answers it).
 */
export function useRoomBroadcast(workshopId: string): void {
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(roomChannelName(workshopId));
    const cue = useRoomCue.getState();
    cue.reset();
    const post = (message: ToRoom) => channel.postMessage(message);
    // No room screen open, nothing drawn: a keystroke then costs nothing here.
    const send = () => {
      if (useRoomCue.getState().rooms.length === 0) return;
      const frame = currentFrame();
      if (frame) post({ type: "frame", frame });
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isFromRoom(message)) return;
      if (message.type === "hello") {
        useRoomCue.getState().roomOpened(message.roomId);
        send();
      } else useRoomCue.getState().roomGone(message.roomId);
    };
    const off = subscribeFrame(send);
    post({ type: "roll-call", workshopId });
    return () => {
      off();
      post({ type: "closed", workshopId });
      channel.close();
      useRoomCue.getState().reset();
    };
  }, [workshopId]);
}
