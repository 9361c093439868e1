import { useSyncExternalStore } from "react";
import type { FromPhone } from "../../shared/room/phone";
import { draftOf, draftsVersion, isSending, sentDraft, setDraft, subscribeDrafts } from "./drafts";
import type { PhoneRoom } from "./usePhoneRoom";

/**
 * A text field whose words stay until the room has taken them: cleared when
 * the room accepts what was sent, kept (to fix and send again) when it
 * refuses, and kept under `draft` (the field and the term it is for) while
 * the room shows another step.
 */
export function useSentText(room: PhoneRoom, draft: string) {
  useSyncExternalStore(subscribeDrafts, draftsVersion);
  const text = draftOf(draft);
  return {
    text,
    setText: (value: string) => setDraft(draft, value),
    sending: isSending(draft),
    send: (message: FromPhone) => {
      const id = room.send(message);
      if (id !== null) sentDraft(id, draft, text);
    },
  };
}
