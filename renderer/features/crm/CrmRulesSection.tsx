import { edit, useWorkshopStore } from "../../store/workshop-store";
import { FollowUps } from "./FollowUps";
import { QualificationFields } from "./QualificationFields";
import { ReasonCodes } from "./ReasonCodes";
import "./crm.css";

/**
 * The rules the CRM will enforce, agreed by the room like its terms: when a
 * lead qualifies, what follows a handoff, and the reasons a lead may leave.
 * Signed with the charter (format 1.2; each rule's standing, 1.4) and set up by the CRM pack.
 */
export function CrmRulesSection() {
  const rules = useWorkshopStore((s) => s.workshop?.crmRules);
  if (rules === undefined) return null;
  return (
    <section className="crm-rules" aria-labelledby="crm-rules-heading">
      <h2 id="crm-rules-heading">Rules for the CRM</h2>
      <p className="muted">Prepare them here; the room agrees each one on Agree, after the terms, like a term.</p>
      <section aria-labelledby="crm-follow-ups-heading">
        <h3 id="crm-follow-ups-heading">After each handoff</h3>
        <FollowUps />
      </section>
      {rules === null ? (
        <div>
          <p className="muted">
            This workshop has no reason codes or qualification rules yet. Start from a common list and change it with
            the room.
          </p>
          <button type="button" className="btn" onClick={() => edit("startCrmRules")}>
            Agree CRM rules
          </button>
        </div>
      ) : (
        <>
          <section aria-labelledby="crm-qualification-heading">
            <h3 id="crm-qualification-heading">When a lead is marketing-qualified</h3>
            <QualificationFields q={rules.qualification} />
          </section>
          <section aria-labelledby="crm-reasons-heading">
            <h3 id="crm-reasons-heading">Reason codes</h3>
            <ReasonCodes codes={rules.reasonCodes} />
          </section>
        </>
      )}
    </section>
  );
}
