import { useState } from "react";

/** For a person who typed the address instead of scanning the code: the six digits on the room screen. */
export function PinForm({ onPin }: { onPin: (pin: string) => void }) {
  const [pin, setPin] = useState("");
  const ready = /^\d{6}$/.test(pin);
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onPin(pin);
      }}
    >
      <label htmlFor="pin">The PIN on the room screen</label>
      <input
        id="pin"
        inputMode="numeric"
        autoComplete="off"
        maxLength={6}
        pattern="\d{6}"
        value={pin}
        onChange={(event) => setPin(event.target.value.replace(/\D/g, ""))}
      />
      <button type="submit" disabled={!ready}>
        Join
      </button>
    </form>
  );
}
