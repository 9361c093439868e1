import { useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Team } from "../../../shared/workshop/model";
import { useFeedback } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { TeamSelect } from "../../ui/TeamSelect";
import { useFocusNew } from "../../ui/useFocusNew";

const NO_TEAMS: Team[] = [];

function FeedbackLine({ feedbackId, index }: { feedbackId: string; index: number }) {
  const line = useFeedback(feedbackId);
  if (!line) return null;
  return (
    <li className="feedback-line" aria-label={`Feedback line ${index + 1}`} data-route-target={feedbackId}>
      <TeamSelect
        label="From"
        value={line.fromTeamId}
        onChange={(fromTeamId) => fromTeamId && edit("updateFeedback", feedbackId, { fromTeamId })}
      />
      <TeamSelect
        label="To"
        value={line.toTeamId}
        onChange={(toTeamId) => toTeamId && edit("updateFeedback", feedbackId, { toTeamId })}
      />
      <label className="field feedback-what">
        <span>What is shared</span>
        <input value={line.what} onChange={(e) => edit("updateFeedback", feedbackId, { what: e.target.value })} />
      </label>
      <label className="field">
        <span>How often</span>
        <input
          value={line.cadence}
          placeholder="e.g. weekly"
          onChange={(e) => edit("updateFeedback", feedbackId, { cadence: e.target.value })}
        />
      </label>
      <button
        type="button"
        className="btn btn-quiet"
        aria-label={`Remove feedback line ${index + 1}`}
        onClick={() => edit("removeFeedback", feedbackId)}
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
  const section = useRef<HTMLElement>(null);
  const focusNew = useFocusNew(section);
  const add = (from: Team, to: Team) => {
    const added = edit("addFeedback", { fromTeamId: from.id, toTeamId: to.id, what: "", cadence: "" });
    if (added.ok) focusNew(added.value);
  };
  const [first, second] = teams;
  return (
    <section className="feedback-loop" aria-labelledby="feedback-heading" ref={section}>
      <h2 id="feedback-heading">Feedback loop</h2>
      <ol>
        {ids.map((id, i) => (
          <FeedbackLine key={id} feedbackId={id} index={i} />
        ))}
      </ol>
      {first && second && teams.length > 2 && (
        <div className="feedback-add">
          {/* With more than two teams, the line's own From and To say who reports to whom. */}
          <button type="button" className="btn" onClick={() => add(second, first)}>
            + A report from one team to another
          </button>
        </div>
      )}
      {first && second && teams.length === 2 && (
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
