import { useEffect, useState } from "react";
import type { FromPhone } from "../../shared/room/phone";
import type { PhoneRoom } from "./usePhoneRoom";

/** Words typed and not yet taken by the room, by field: they outlast the step that showed the field. */
const drafts = new Map<string, string>();

/**
 * A text field whose words stay until the room has taken them: cleared when
 * the room accepts what was sent, kept (to fix and send again) when it
 * refuses, and kept while the room shows another step, under `draft` (the
 * field and the term it is for).
 */
export function useSentText(room: PhoneRoom, draft: string) {
  const [text, setOwnText] = useState(() => drafts.get(draft) ?? "");
  const setText = (value: string) => {
    drafts.set(draft, value);
    setOwnText(value);
  };
  /** What was sent, and the id of its request: only the answer to that request is about it. */
  const [sent, setSent] = useState<{ text: string; id: number } | null>(null);
  const said = room.said;
  useEffect(() => {
    if (sent === null || said?.answers !== sent.id) return;
    if (said.kind === "accepted") {
      setOwnText((now) => {
        const next = now === sent.text ? "" : now;
        drafts.set(draft, next);
        return next;
      });
    }
    setSent(null);
  }, [said, sent, draft]);
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
      const id = room.send(message);
      if (id !== null) setSent({ text, id });
    },
  };
}
