import { wholeWords } from "../../../shared/room/short";
import { FitList } from "./fit";
import type { FrameOf } from "./RoomScreen";

export function MeasuresScreen({ frame }: { frame: FrameOf<"measures"> }) {
  if (frame.kpis.length === 0 && frame.feedback.length === 0) {
    return <p className="room-empty">No shared measures yet.</p>;
  }
  return (
    <div className="room-measures">
      <FitList
        className="room-cards"
        label="Shared measures"
        counting={["measure", "measures"]}
        items={frame.kpis.map((k, i) => ({
          key: `${i}`,
          node: (
            <article className="room-card">
              <h2>{k.name || "Unnamed measure"}</h2>
              <p>{wholeWords(k.formula?.trim() || k.definition || "Not defined yet", 120)}</p>
              <p>{[k.target && `Target ${k.target}`, k.owner].filter(Boolean).join(" · ") || "No target yet"}</p>
            </article>
          ),
        }))}
      />
      {frame.feedback.length > 0 && (
        <FitList
          className="room-lines"
          label="Feedback loop"
          counting={["report", "reports"]}
          items={frame.feedback.map((f, i) => ({
            key: `${i}`,
            node: (
              <p>
                <strong>
                  {f.from} → {f.to}
                </strong>
                {`: ${f.what || "to be decided"}${f.cadence ? `, ${f.cadence}` : ""}`}
              </p>
            ),
          }))}
        />
      )}
    </div>
  );
}
