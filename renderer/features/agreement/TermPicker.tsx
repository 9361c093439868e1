import { useShallow } from "zustand/react/shallow";
import { ruleApplies } from "../../../shared/workshop/crm-agreement";
import { CRM_RULE_TOPICS, type TermStatus } from "../../../shared/workshop/model";
import { RULE_NAMES, ruleSubjectId } from "../../../shared/workshop/rule-subject";
import { useWorkshopStore } from "../../store/workshop-store";

export const STATUS_LABELS: Record<TermStatus, string> = {
  open: "○ Open",
  discussing: "◐ Discussing",
  agreed: "● Agreed",
  parked: "‖ Parked",
};

interface PickProps {
  id: string;
  name: string;
  /** null: a rule that holds nothing yet. */
  status: TermStatus | null;
  current: string | null;
  onPick: (id: string) => void;
}

/** One thing to agree, a term or a CRM rule: its name and where the room stands on it. */
function Pick({ id, name, status, current, onPick }: PickProps) {
  return (
    <li>
      <button
        type="button"
        className="term-pick"
        aria-current={id === current ? "true" : undefined}
        onClick={() => onPick(id)}
      >
        <span className="term-pick-name">{name}</span>
        <span className={`term-pick-status status-${status ?? "none"}`}>
          {status ? STATUS_LABELS[status] : "Nothing yet"}
        </span>
      </button>
    </li>
  );
}

/** The CRM rules after the terms: a rule that holds nothing yet says so instead of a status. */
function RulePicks({ current, onPick }: { current: string | null; onPick: (subjectId: string) => void }) {
  const statuses = useWorkshopStore(
    useShallow((s) => {
      const w = s.workshop;
      return CRM_RULE_TOPICS.map((t) => (w && ruleApplies(w, t) ? w.crmAgreement[t].status : null));
    }),
  );
  return (
    <>
      <h3 className="term-picker-heading" id="rule-picks-heading">
        CRM rules
      </h3>
      <ol aria-labelledby="rule-picks-heading">
        {CRM_RULE_TOPICS.map((topic, i) => (
          <Pick
            key={topic}
            id={ruleSubjectId(topic)}
            name={RULE_NAMES[topic].title}
            status={statuses[i] ?? null}
            current={current}
            onPick={onPick}
          />
        ))}
      </ol>
    </>
  );
}

/** The glossary as a list to work through, then the CRM rules; name and status only, so typing elsewhere leaves it alone. */
export function TermPicker({ current, onPick }: { current: string | null; onPick: (termId: string) => void }) {
  const terms = useWorkshopStore(
    useShallow((s) => s.workshop?.terms.map((t) => `${t.id}\u0000${t.term}\u0000${t.status}`) ?? []),
  );
  return (
    <nav className="term-picker" aria-label="Terms">
      <ol>
        {terms.map((entry) => {
          const [id = "", name = "", status = "open"] = entry.split("\u0000");
          return <Pick key={id} id={id} name={name} status={status as TermStatus} current={current} onPick={onPick} />;
        })}
      </ol>
      <RulePicks current={current} onPick={onPick} />
    </nav>
  );
}
