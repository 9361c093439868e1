import { ruleApplies } from "../../../shared/workshop/crm-agreement";
import type { CrmRuleTopic } from "../../../shared/workshop/model";
import { RULE_NAMES } from "../../../shared/workshop/rule-subject";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { FollowUps } from "../crm/FollowUps";
import { QualificationFields } from "../crm/QualificationFields";
import { ReasonCodes } from "../crm/ReasonCodes";
import { StageMappingList } from "../crm/StageMappingList";
import { now } from "./clock";
import { StatusButtons } from "./StatusButtons";

/** What the room settles for each rule, said where it is agreed. */
const ASKS: Record<CrmRuleTopic, string> = {
  stageMappings:
    "Where each stage lives in HubSpot and Salesforce: a lead status, an opportunity stage, or not in the CRM.",
  followUps:
    "After each handoff: how many attempts over how many days before a lead is unreachable, and who hears of a missed SLA.",
  qualification:
    "Who the room sells to, who it does not, who buys, and the scores that make a lead marketing-qualified.",
  reasonCodes: "The reasons salespeople pick when they send a lead back, disqualify it, or recycle it to marketing.",
};

function RulesNotTakenUp() {
  return (
    <div>
      <p className="muted">This workshop has no reason codes or qualification rules yet.</p>
      <button type="button" className="btn" onClick={() => edit("startCrmRules")}>
        Start from a common list
      </button>
    </div>
  );
}

function RuleEditor({ topic }: { topic: CrmRuleTopic }) {
  const rules = useWorkshopStore((s) => s.workshop?.crmRules);
  if (topic === "stageMappings") return <StageMappingList />;
  if (topic === "followUps") return <FollowUps />;
  if (!rules) return <RulesNotTakenUp />;
  return topic === "qualification" ? (
    <QualificationFields q={rules.qualification} />
  ) : (
    <ReasonCodes codes={rules.reasonCodes} />
  );
}

/**
 * One CRM rule, agreed like a term: its status with the same keys, the rule
 * itself to edit as the room talks, and (beside it) the same consensus check.
 * Agreed, it is logged, and the CRM set-up pack carries it.
 */
export function RulePanel({ topic }: { topic: CrmRuleTopic }) {
  const rule = useWorkshopStore((s) => s.workshop?.crmAgreement[topic]);
  const applies = useWorkshopStore((s) => (s.workshop ? ruleApplies(s.workshop, topic) : false));
  const { title } = RULE_NAMES[topic];
  return (
    <article className="agree-panel rule-panel" aria-labelledby={`agree-rule-${topic}`}>
      <header className="agree-head">
        <h2 id={`agree-rule-${topic}`}>
          <span className="rule-kind">CRM rule</span> {title}
        </h2>
        <StatusButtons name={title} status={rule?.status} mark={(s) => edit("setRuleStatus", topic, s, now())} />
      </header>
      {rule?.agreedAt && <p className="agreed-at">Agreed at {new Date(rule.agreedAt).toLocaleTimeString()}</p>}
      <p className="rule-ask">{ASKS[topic]}</p>
      {!applies && <p className="muted">Nothing to agree yet: fill it in below, and the room agrees it here.</p>}
      <RuleEditor topic={topic} />
    </article>
  );
}
