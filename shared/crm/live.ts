import { buildCharter, buildLayout } from "../charter/build";
import type { CharterFile } from "../charter/format";
import type { Workshop } from "../workshop/model";
import type { Problem } from "../workshop/result";
import { checkCrmSetup } from "./checks";
import { planCrm } from "./plan";

/**
 * What the pack's checks would say of the workshop as it stands, while the
 * room maps its stages: the same checks as `accord crm`, on the charter the
 * workshop writes (no hash is taken: the checks do not read it).
 */
export function crmProblemsOf(w: Workshop): Problem[] {
  const file = {
    formatMinor: w.signOff.charterFormatMinor,
    charter: buildCharter(w),
    layout: buildLayout(w),
    signOff: { contentHash: "", status: "draft", signatures: [] },
  } as unknown as CharterFile;
  return checkCrmSetup(planCrm(file));
}
