import { useEffect, useState } from "react";
import type { FromPhone } from "../../shared/room/phone";
import type { PhoneRoom } from "./usePhoneRoom";

/**
 * A text field whose words stay until the room has taken them: cleared when
 * the room accepts what was sent, kept (to fix and send again) when it refuses.
 */
export function useSentText(room: PhoneRoom, kind: FromPhone["type"]) {
  const [text, setText] = useState("");
  /** What was sent, and the last answer heard before it: only a later answer is about it. */
  const [sent, setSent] = useState<{ text: string; after: number } | null>(null);
  const said = room.said;
  useEffect(() => {
    if (sent === null || said === null || said.to !== kind || said.seq <= sent.after) return;
    if (said.kind === "accepted") setText((now) => (now === sent.text ? "" : now));
    setSent(null);
  }, [said, sent, kind]);
  // A request in flight when the Wi-Fi dropped gets no answer: the words stay, to send again.
  const open = room.link?.state === "open";
  useEffect(() => {
    if (!open) setSent(null);
  }, [open]);
  return {
    text,
    setText,
    sending: sent !== null,
    send: (message: FromPhone) => {
      if (room.send(message)) setSent({ text, after: room.said?.seq ?? 0 });
    },
  };
}
