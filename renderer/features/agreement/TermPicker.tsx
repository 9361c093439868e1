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
        {CRM_RULE_TOPICS.map((topic, i) => {
          const id = ruleSubjectId(topic);
          const status = statuses[i] ?? null;
          return (
            <li key={topic}>
              <button
                type="button"
                className="term-pick"
                aria-current={id === current ? "true" : undefined}
                onClick={() => onPick(id)}
              >
                <span className="term-pick-name">{RULE_NAMES[topic].title}</span>
                <span className={`term-pick-status status-${status ?? "none"}`}>
                  {status ? STATUS_LABELS[status] : "Nothing yet"}
                </span>
              </button>
            </li>
          );
        })}
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
          return (
            <li key={id}>
              <button
                type="button"
                className="term-pick"
                aria-current={id === current ? "true" : undefined}
                onClick={() => onPick(id)}
              >
                <span className="term-pick-name">{name}</span>
                <span className={`term-pick-status status-${status}`}>{STATUS_LABELS[status as TermStatus]}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <RulePicks current={current} onPick={onPick} />
    </nav>
  );
}
