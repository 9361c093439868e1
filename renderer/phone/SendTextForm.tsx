import type { ReactNode } from "react";
import type { FromPhone } from "../../shared/room/phone";
import type { PhoneRoom } from "./usePhoneRoom";
import { useSentText } from "./useSentText";

interface SendTextFormProps {
  room: PhoneRoom;
  /** The field and the term it is for: its words outlast the step that shows it (see drafts.ts). */
  draft: string;
  id: string;
  label: string;
  rows: number;
  maxLength: number;
  action: string;
  /** The message to send for the words typed, trimmed. */
  message: (text: string) => FromPhone;
  className?: string;
  buttonClass?: string;
  /** Shown above the field (a heading). */
  children?: ReactNode;
}

/** One text field sent to the room: its words stay until the room has taken them. */
export function SendTextForm({ room, draft, id, label, rows, maxLength, action, message, ...look }: SendTextFormProps) {
  const field = useSentText(room, draft);
  const text = field.text.trim();
  return (
    <form
      className={look.className}
      onSubmit={(event) => {
        event.preventDefault();
        if (text !== "") field.send(message(text));
      }}
    >
      {look.children}
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={field.text}
        onChange={(event) => field.setText(event.target.value)}
      />
      <button type="submit" className={look.buttonClass} disabled={text === "" || field.sending}>
        {action}
      </button>
    </form>
  );
}
