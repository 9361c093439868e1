import type { RoomStage } from "../../../shared/room/frame";
import { wholeWords } from "../../../shared/room/short";
import { FitList } from "./fit";
import type { FrameOf } from "./RoomScreen";

const OUTCOME_MARK: Record<NonNullable<RoomStage["outcome"]>, string> = {
  won: "✓",
  lost: "✗",
  disqualified: "⊘",
  recycled: "↺",
};

/** The journey as the room reads it: the stages in order, then each handoff with its trigger, owner and SLA, large. */
export function JourneyScreen({ frame }: { frame: FrameOf<"journey"> }) {
  const stages = frame.stages.filter((s) => s.outcome === null);
  const outcomes = frame.stages.filter((s) => s.outcome !== null);
  if (frame.stages.length === 0) return <p className="room-empty">The journey has no stages yet.</p>;
  return (
    <div className="room-journey">
      <FitList
        className="room-stages"
        label="Stages, in order"
        counting={["stage", "stages"]}
        items={[
          ...stages.map((s) => ({ key: s.id, node: <span className="room-stage">{s.name || "Unnamed stage"}</span> })),
          ...outcomes.map((s) => ({
            key: s.id,
            node: (
              <span className="room-stage room-outcome">
                <span aria-hidden="true">{OUTCOME_MARK[s.outcome ?? "won"]} </span>
                {s.name || "Unnamed outcome"}
              </span>
            ),
          })),
        ]}
      />
      {frame.handoffs.length === 0 ? (
        <p className="room-empty">No handoffs yet: a transition from one team to another is one.</p>
      ) : (
        <FitList
          className="room-handoffs"
          label="Handoffs"
          counting={["handoff", "handoffs"]}
          items={frame.handoffs.map((h, i) => ({
            key: `${i}`,
            node: (
              <article className="room-card">
                <h2>
                  {h.from || "Unnamed stage"} → {h.to || "Unnamed stage"}
                </h2>
                <p>{h.trigger ? `When: ${wholeWords(h.trigger, 120)}` : "No trigger yet"}</p>
                <p>{[h.owner || "No owner yet", h.sla || "no SLA yet"].join(" · ")}</p>
              </article>
            ),
          }))}
        />
      )}
    </div>
  );
}
