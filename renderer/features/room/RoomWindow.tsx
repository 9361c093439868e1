import { useEffect, useState } from "react";
import type { RoomFrame } from "../../../shared/room/frame";
import { type FromRoom, isToRoom, roomChannelName } from "../../../shared/room/messages";
import { newId } from "../../../shared/workshop/ids";
import { useAppearance } from "../cockpit/useAppearance";
import { RoomScreen } from "./RoomScreen";
import "./room.css";

type Showing = { state: "waiting" } | { state: "frame"; frame: RoomFrame } | { state: "closed" };

/** Follows the facilitator's window of one workshop over a BroadcastChannel: frames in, hello and bye out. */
function useFollowedFrame(workshopId: string): Showing {
  const [showing, setShowing] = useState<Showing>({ state: "waiting" });
  useEffect(() => {
    const channel = new BroadcastChannel(roomChannelName(workshopId));
    const roomId = newId();
    const say = (message: FromRoom) => channel.postMessage(message);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isToRoom(message)) return;
      if (message.type === "roll-call") say({ type: "hello", roomId });
      else if (message.type === "closed") setShowing({ state: "closed" });
      else if (message.frame.workshopId === workshopId) setShowing({ state: "frame", frame: message.frame });
    };
    say({ type: "hello", roomId });
    const bye = () => say({ type: "bye", roomId });
    window.addEventListener("pagehide", bye);
    return () => {
      window.removeEventListener("pagehide", bye);
      bye();
      channel.close();
    };
  }, [workshopId]);
  return showing;
}

/** The second window, for the projector: full of the room screen, with a plain word while there is nothing to show. */
export function RoomWindow({ workshopId }: { workshopId: string }) {
  useAppearance();
  const showing = useFollowedFrame(workshopId);
  useEffect(() => {
    document.title = "Accord — room screen";
  }, []);
  if (showing.state === "frame") return <RoomScreen frame={showing.frame} />;
  return (
    <div className="room">
      <main className="room-blank">
        <p>
          {showing.state === "closed"
            ? "The facilitator closed this workshop. This window can be closed."
            : "Waiting for the facilitator’s screen: open this workshop in Accord."}
        </p>
      </main>
    </div>
  );
}
