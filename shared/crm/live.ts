import { buildCharter, buildLayout } from "../charter/build";
import type { CharterFile } from "../charter/format";
import type { CrmRuleTopic, Workshop } from "../workshop/model";
import type { Problem } from "../workshop/result";
import { checkCrmSetup } from "./checks";
import { planCrm } from "./plan";

/**
 * What the pack's checks would say of the workshop as it stands, while the
 * room maps its stages: the same checks as `accord crm`, on the charter the
 * workshop writes (no hash is taken: the checks do not read it).
 */
export function crmProblemsOf(w: Workshop): Problem[] {
  return crmPackOf(w).problems;
}

/** The checks' problems, and the rules the pack would leave out because the room has not agreed them. */
export function crmPackOf(w: Workshop): { problems: Problem[]; leftOut: CrmRuleTopic[] } {
  const file = {
    formatMinor: w.signOff.charterFormatMinor,
    charter: buildCharter(w),
    layout: buildLayout(w),
    signOff: { contentHash: "", status: "draft", signatures: [] },
  } as unknown as CharterFile;
  const plan = planCrm(file);
  return { problems: checkCrmSetup(plan), leftOut: plan.leftOut };
}
