import { useState } from "react";
import { type Proof, takeSecret } from "./connection";
import { JoinPicker } from "./JoinPicker";
import { ParkForm } from "./ParkForm";
import { PinForm } from "./PinForm";
import { StepPanel } from "./StepPanel";
import { usePhoneRoom } from "./usePhoneRoom";

function firstProof(): Proof | null {
  const secret = takeSecret();
  return secret ? { secret } : null;
}

/** The room's answer to this phone's last request, where the eye is and read out by screen readers. */
function Said({ room }: { room: ReturnType<typeof usePhoneRoom> }) {
  return (
    <p className={`said ${room.said?.kind ?? ""}`} role="status" aria-live="polite">
      {room.said?.text ?? ""}
    </p>
  );
}

/** The participant page: join by the QR code's secret or the PIN, pick your name, then do what the room's step allows. */
export function PhoneApp() {
  const [proof, setProof] = useState<Proof | null>(firstProof);
  const room = usePhoneRoom(proof);
  const { link, view, member } = room;

  if (!proof || (link?.state === "out" && link.canRetry)) {
    return (
      <main className="phone">
        <h1>Join the room</h1>
        {link?.state === "out" && <p role="alert">{link.reason}</p>}
        <PinForm onPin={(pin) => setProof({ pin })} />
      </main>
    );
  }
  if (link?.state === "out") {
    return (
      <main className="phone">
        <h1>{view?.title || "Accord"}</h1>
        <p role="status" className="out">
          {link.reason}
        </p>
      </main>
    );
  }
  if (!view) {
    return (
      <main className="phone">
        <p role="status">Joining the room…</p>
      </main>
    );
  }
  const team = member && view.teams.find((t) => t.id === member.teamId);
  return (
    <main className="phone" aria-busy={link?.state === "connecting"}>
      <header className="phone-head">
        <h1>{view.title || "Accord"}</h1>
        {member && (
          <p className="me">
            {member.name ?? "Without a name"}
            {team ? ` · ${team.name}` : ""}{" "}
            <button type="button" className="quiet" onClick={room.leaveName}>
              Not you?
            </button>
          </p>
        )}
        {link?.state === "connecting" && <p role="status">Reconnecting to the room…</p>}
      </header>
      {member ? (
        <>
          <StepPanel room={room} view={view} />
          <Said room={room} />
          <ParkForm room={room} />
        </>
      ) : (
        <JoinPicker view={view} roster={room.roster} onJoin={room.join} />
      )}
      {!member && <Said room={room} />}
    </main>
  );
}
