import type { Charter, CharterFile, CharterStage, CharterStageCrmSetup } from "../charter/format";
import { meaningfulCharter } from "../charter/meaningful";
import { journeyOrder } from "../journey/order";
import { applicableRules } from "../workshop/crm-agreement";
import { EMPTY_QUALIFICATION } from "../workshop/crm-rules";
import type { CrmRuleTopic } from "../workshop/model";

/** One stage as the pack sees it: where it is in the file (for messages) and its mapping. */
export interface PlannedStage {
  index: number;
  path: string;
  stage: CharterStage;
  setup: CharterStageCrmSetup | null;
}

/** What the pack is made from: the charter as its revision means it, stages in the order a buyer meets them. */
export interface CrmPlan {
  file: CharterFile;
  /** The charter as the CRM gets it: a rule the room did not agree (format 1.4) reads as empty. */
  charter: Charter;
  stages: PlannedStage[];
  /** The rules that hold something the room did not agree, left out of the pack (the mapping never is: see checks). */
  leftOut: CrmRuleTopic[];
}

/**
 * A 1.4 charter says which CRM rules the room agreed; the CRM gets only
 * those. Reason codes, qualification and follow-ups the room parked or left
 * open are taken out here, once, so no file of the pack can carry them.
 */
function agreedOnly(c: Charter): { charter: Charter; leftOut: CrmRuleTopic[] } {
  const agreement = c.crmAgreement;
  if (!agreement) return { charter: c, leftOut: [] };
  const leftOut = applicableRules(c).filter((t) => t !== "stageMappings" && agreement[t].status !== "agreed");
  if (leftOut.length === 0) return { charter: c, leftOut };
  const out = (t: CrmRuleTopic) => leftOut.includes(t);
  const rules = c.crmRules;
  return {
    leftOut,
    charter: {
      ...c,
      crmRules: rules && {
        reasonCodes: out("reasonCodes") ? [] : rules.reasonCodes,
        qualification: out("qualification") ? { ...EMPTY_QUALIFICATION } : rules.qualification,
      },
      transitions: out("followUps") ? c.transitions.map((t) => ({ ...t, followUp: null })) : c.transitions,
    },
  };
}

/**
 * The stages in journey order as the signed content alone gives it: the
 * transitions, ties broken by the order of `stages`. Not by the layout,
 * which no hash covers, so that the same charter always gives the same pack.
 */
export function planCrm(file: CharterFile): CrmPlan {
  const { charter, leftOut } = agreedOnly(meaningfulCharter(file));
  const placed = charter.stages.map((stage, index) => ({
    id: stage.id,
    kind: stage.kind,
    position: { x: index, y: 0 },
    planned: {
      index,
      path: `$.charter.stages[${index}]`,
      stage,
      setup: stage.crm.setup ?? null,
    } satisfies PlannedStage,
  }));
  return {
    file,
    charter,
    stages: journeyOrder(placed, charter.transitions).map((p) => p.planned),
    leftOut,
  };
}

export const leadStages = (plan: CrmPlan) => plan.stages.filter((p) => p.setup?.object === "lead");
export const opportunityStages = (plan: CrmPlan) => plan.stages.filter((p) => p.setup?.object === "opportunity");
