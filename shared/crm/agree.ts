import { writesOneTwo } from "../charter/build";
import { setRuleStatus as setStatus } from "../workshop/crm-agreement";
import { newId } from "../workshop/ids";
import type { CrmRuleTopic, TermStatus, Workshop } from "../workshop/model";
import { plural } from "../workshop/plural";
import { type Result, refuse } from "../workshop/result";
import { RULE_NAMES } from "../workshop/rule-subject";
import { crmProblemsOf } from "./live";

/** Where in the charter the pack's checks of each rule point; follow-ups and qualification have none. */
const CHECKED_AT: Partial<Record<CrmRuleTopic, string>> = {
  stageMappings: "$.charter.stages",
  reasonCodes: "$.charter.crmRules.reasonCodes",
};

/**
 * Agreeing a CRM rule, as the room does on Agree: the workshop's own
 * conditions (setRuleStatus in shared/workshop), and for the stage mapping
 * and the reason codes the very checks the CRM set-up pack runs, so an
 * agreed rule is one the pack can set up. (Changing a rule after it was
 * agreed reopens it: see reopenChangedRules.)
 */
export function setRuleStatus(
  w: Workshop,
  topic: CrmRuleTopic,
  status: TermStatus,
  at: string,
  makeId: () => string = newId,
): Result {
  const agreeing = status === "agreed" && w.crmAgreement[topic]?.status !== "agreed";
  const result = setStatus(w, topic, status, at, makeId);
  const checkedAt = CHECKED_AT[topic];
  if (!result.ok || !agreeing || !checkedAt || !writesOneTwo(w)) return result;
  // Checked as the pack takes it, agreed: an unagreed rule is left out of the pack, and of its checks.
  const found = crmProblemsOf(result.value).filter((p) => p.path.startsWith(checkedAt));
  const first = found[0];
  if (!first) return result;
  const more =
    found.length > 1 ? ` (and ${plural(found.length - 1, "more problem", "more problems")}, listed on Export)` : "";
  return refuse(
    `$.crmAgreement.${topic}`,
    `${RULE_NAMES[topic].subject} cannot be agreed yet, as the CRM could not take it: ${first.message}${more}`,
  );
}
