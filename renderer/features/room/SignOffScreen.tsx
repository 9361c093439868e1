import { FitList } from "./fit";
import type { FrameOf } from "./RoomScreen";

/** Readiness and who has signed; names only, never a drawn signature. */
export function SignOffScreen({ frame }: { frame: FrameOf<"signoff"> }) {
  const signed = frame.signatories.filter((s) => s.signed).length;
  return (
    <div className="room-signoff">
      <header className="room-term">
        <h1 className="room-title">Charter, version {frame.version}</h1>
        <span className="room-place">
          {signed} of {frame.signatories.length} signed
        </span>
      </header>
      <section className="room-half" aria-label="Still missing">
        <h2>{frame.gaps.length === 0 ? "✓ Ready to sign" : `Still missing (${frame.gaps.length})`}</h2>
        {frame.gaps.length > 0 && (
          <FitList
            className="room-lines"
            counting={["gap", "gaps"]}
            items={frame.gaps.map((g, i) => ({ key: `${i}`, node: <p>{g}</p> }))}
          />
        )}
      </section>
      <section className="room-half" aria-label="Signatories">
        <h2>Signing</h2>
        <FitList
          className="room-lines"
          counting={["person", "people"]}
          items={frame.signatories.map((s, i) => ({
            key: `${i}`,
            node: (
              <p>
                <span aria-hidden="true">{s.signed ? "✓ " : "○ "}</span>
                <strong>{s.name || "Unnamed"}</strong>
                {s.team ? `, ${s.team}` : ""}
                <span className="visually-hidden">{s.signed ? ": signed" : ": not signed yet"}</span>
              </p>
            ),
          }))}
        />
      </section>
    </div>
  );
}
