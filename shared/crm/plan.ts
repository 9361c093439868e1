import type { Charter, CharterFile, CharterStage, CharterStageCrmSetup } from "../charter/format";
import { meaningfulCharter } from "../charter/meaningful";
import { journeyOrder } from "../journey/order";
import { own } from "../workshop/own";

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

export function planCrm(file: CharterFile): CrmPlan {
  const charter = meaningfulCharter(file);
  const placed = charter.stages.map((stage, index) => ({
    id: stage.id,
    kind: stage.kind,
    position: own(file.layout.stages, stage.id) ?? { x: index, y: 0 },
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
