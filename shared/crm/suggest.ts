import { hubspotStageMeaning, salesforceStatusKey } from "../journey/crm";
import { journeyOrder } from "../journey/order";
import { suggestedCrmSetup } from "../workshop/crm-rules";
import type { Stage, StageCrmSetup, Workshop } from "../workshop/model";
import { ok, type Result } from "../workshop/result";

/** The lifecycle stage a stage's own name is, in HubSpot's words ("MQL" is HubSpot's Marketing Qualified Lead). */
const ABBREVIATIONS: Record<string, string> = { mql: "marketingqualifiedlead", sql: "salesqualifiedlead" };
function lifecycleByName(name: string): string | null {
  const meaning = hubspotStageMeaning(name.trim());
  if (meaning.value !== null) return meaning.label;
  const value = ABBREVIATIONS[name.trim().toLowerCase()];
  return value === undefined ? null : hubspotStageMeaning(value).label;
}

const statusKey = (s: Stage) => salesforceStatusKey(s.crm.salesforceLeadStatus);
const CONVERTED = "closed - converted";

/** The Salesforce status an unmapped lead stage starts with, when the room typed none. */
function statusFor(stage: Stage, converted: boolean): string | null {
  if (stage.outcome === "won") return "Closed - Converted";
  if (stage.outcome === "lost" || stage.outcome === "disqualified") return "Closed - Not Converted";
  // Past conversion the buyer is a contact (a customer, an evangelist): no longer a Salesforce lead.
  return converted ? null : stage.name;
}

/**
 * Maps every stage the room has not mapped yet, as a RevOps engineer would
 * start, so the room corrects a proposal instead of filling a form:
 * - a stage HubSpot calls "opportunity" with no Salesforce status is an
 *   open deal, and then won and lost outcomes close deals; without an open
 *   deal stage they stay out of the CRM, whose own deal stages are left as
 *   they are (a value set of closed stages only would deactivate the rest);
 * - the rest are lead statuses (Salesforce's own where the room named one),
 *   each sharing the lifecycle stage of the one before when it has none;
 *   past conversion a stage is HubSpot's only;
 * - the first status is the default, and "Closed - Converted" (else the
 *   last open status) is converted, unless the room already chose.
 * Stages already mapped keep their mapping.
 */
export function mapUnmappedStages(w: Workshop): Result {
  const ordered = journeyOrder(w.stages, w.transitions);
  const openDeal = (s: Stage) =>
    s.kind === "stage" &&
    (s.crm.setup
      ? s.crm.setup.object === "opportunity" && !s.crm.setup.closed
      : s.crm.salesforceLeadStatus === null &&
        s.crm.hubspotLifecycleStage !== null &&
        hubspotStageMeaning(s.crm.hubspotLifecycleStage).value === "opportunity");
  const deals =
    w.stages.some(openDeal) && w.stages.some((s) => s.outcome === "won") && w.stages.some((s) => s.outcome === "lost");
  const setups = new Map<string, StageCrmSetup>();
  const crm = new Map<string, Stage["crm"]>();
  let lifecycle: string | null = null;
  let converted = false;
  for (const stage of ordered) {
    const typedLifecycle = stage.crm.hubspotLifecycleStage;
    const meaning = typedLifecycle === null ? null : hubspotStageMeaning(typedLifecycle).value;
    if (stage.crm.setup) {
      lifecycle = typedLifecycle ?? lifecycle;
      converted ||= stage.crm.setup.converted || stage.crm.setup.object === "opportunity";
      continue;
    }
    const setup = suggestedCrmSetup(w, stage.id) as StageCrmSetup;
    if (setup.object === "opportunity" && !deals) {
      Object.assign(setup, { object: "none", probability: null, forecastCategory: null, closed: false, won: false });
    }
    if (setup.object === "lead" && meaning === "opportunity" && stage.crm.salesforceLeadStatus === null) {
      Object.assign(setup, { object: "opportunity", probability: 20, forecastCategory: "Pipeline" });
    }
    let { hubspotLifecycleStage, salesforceLeadStatus } = stage.crm;
    if (setup.object === "lead") {
      hubspotLifecycleStage ??=
        stage.outcome === "won" ? "customer" : (lifecycleByName(stage.name) ?? lifecycle ?? "lead");
      salesforceLeadStatus ??= statusFor(stage, converted);
    }
    const status = salesforceStatusKey(salesforceLeadStatus);
    converted ||= status === CONVERTED || setup.object === "opportunity" || meaning === "customer";
    if (stage.kind === "stage") lifecycle = hubspotLifecycleStage ?? lifecycle;
    setups.set(stage.id, setup);
    crm.set(stage.id, { ...stage.crm, hubspotLifecycleStage, salesforceLeadStatus });
  }
  const withCrm = (s: Stage): Stage => ({
    ...s,
    crm: { ...(crm.get(s.id) ?? s.crm), setup: setups.get(s.id) ?? s.crm.setup ?? null },
  });
  const leads = ordered.map(withCrm).filter((s) => s.crm.setup?.object === "lead" && statusKey(s) !== "");
  const mark = (flag: "isDefault" | "converted", key: string) => {
    for (const s of leads) {
      const setup = setups.get(s.id);
      if (setup && statusKey(s) === key) setup[flag] = true;
    }
  };
  const first = leads[0];
  if (first && !leads.some((s) => s.crm.setup?.isDefault)) mark("isDefault", statusKey(first));
  if (!leads.some((s) => s.crm.setup?.converted)) {
    const defaultKey = leads.find((s) => s.crm.setup?.isDefault);
    const open = leads.filter((s) => s.kind === "stage" && (!defaultKey || statusKey(s) !== statusKey(defaultKey)));
    const target = leads.find((s) => statusKey(s) === CONVERTED) ?? open[open.length - 1];
    if (target) mark("converted", statusKey(target));
  }
  return ok({ ...w, stages: w.stages.map(withCrm) });
}
