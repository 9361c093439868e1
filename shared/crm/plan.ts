import type { Charter, CharterFile, CharterStage, CharterStageCrmSetup } from "../charter/format";
import { meaningfulCharter } from "../charter/meaningful";
import { journeyOrder } from "../journey/order";

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
  charter: Charter;
  stages: PlannedStage[];
}

/**
 * The stages in journey order as the signed content alone gives it: the
 * transitions, ties broken by the order of `stages`. Not by the layout,
 * which no hash covers, so that the same charter always gives the same pack.
 */
export function planCrm(file: CharterFile): CrmPlan {
  const charter = meaningfulCharter(file);
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
  };
}

export const leadStages = (plan: CrmPlan) => plan.stages.filter((p) => p.setup?.object === "lead");
export const opportunityStages = (plan: CrmPlan) => plan.stages.filter((p) => p.setup?.object === "opportunity");
