import { useShallow } from "zustand/react/shallow";
import { addFeedback, removeFeedback, updateFeedback } from "../../../shared/workshop/measures";
import type { Team } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";
import { TeamSelect } from "../../ui/TeamSelect";

const NO_TEAMS: Team[] = [];

function FeedbackLine({ feedbackId, index }: { feedbackId: string; index: number }) {
  const line = useWorkshopStore((s) => s.workshop?.feedbackLoop.find((f) => f.id === feedbackId));
  const apply = useWorkshopStore((s) => s.apply);
  if (!line) return null;
  const key = (field: string) => `feedback.${feedbackId}.${field}`;
  return (
    <li className="feedback-line" aria-label={`Feedback line ${index + 1}`}>
      <TeamSelect
        label="From"
        value={line.fromTeamId}
        onChange={(fromTeamId) => fromTeamId && apply((w) => updateFeedback(w, feedbackId, { fromTeamId }))}
      />
      <TeamSelect
        label="To"
        value={line.toTeamId}
        onChange={(toTeamId) => toTeamId && apply((w) => updateFeedback(w, feedbackId, { toTeamId }))}
      />
      <label className="field feedback-what">
        <span>What is shared</span>
        <input
          value={line.what}
          onChange={(e) => apply((w) => updateFeedback(w, feedbackId, { what: e.target.value }), key("what"))}
        />
      </label>
      <label className="field">
        <span>How often</span>
        <input
          value={line.cadence}
          placeholder="e.g. weekly"
          onChange={(e) => apply((w) => updateFeedback(w, feedbackId, { cadence: e.target.value }), key("cadence"))}
        />
      </label>
      <button
        type="button"
        className="btn btn-quiet"
        aria-label={`Remove feedback line ${index + 1}`}
        onClick={() => apply((w) => removeFeedback(w, feedbackId))}
      >
        ✕
      </button>
    </li>
  );
}

/** What each team reports back to the other, and how often: the loop that keeps the definitions honest. */
export function FeedbackLoop() {
  const ids = useWorkshopStore(useShallow((s) => s.workshop?.feedbackLoop.map((f) => f.id) ?? []));
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
  const apply = useWorkshopStore((s) => s.apply);
  const add = (from: Team, to: Team) =>
    apply((w) => addFeedback(w, { fromTeamId: from.id, toTeamId: to.id, what: "", cadence: "" }));
  const [first, second] = teams;
  return (
    <section className="feedback-loop" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback loop</h2>
      <ol>
        {ids.map((id, i) => (
          <FeedbackLine key={id} feedbackId={id} index={i} />
        ))}
      </ol>
      {first && second && (
        <div className="feedback-add">
          <button type="button" className="btn" onClick={() => add(second, first)}>
            + {second.name} reports to {first.name}
          </button>
          <button type="button" className="btn" onClick={() => add(first, second)}>
            + {first.name} reports to {second.name}
          </button>
        </div>
      )}
    </section>
  );
}
