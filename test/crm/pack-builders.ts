import { buildCharterFile } from "../../shared/charter/build";
import type { CharterFile } from "../../shared/charter/format";
import { mapUnmappedStages } from "../../shared/crm/suggest";
import type { TemplateKey } from "../../shared/journey/template-data";
import { applyTemplate } from "../../shared/journey/templates";
import { applicableRules, setRuleStatus } from "../../shared/workshop/crm-agreement";
import type { Workshop } from "../../shared/workshop/model";
import { updateStage } from "../../shared/workshop/stages";
import { aWorkshop, expectOk, sequentialIds } from "../builders";
import { INFO } from "../charter/charter-builders";

/** Every CRM rule that holds something agreed by the room, as Agree does it (the pack carries only those). */
export function withRulesAgreed(w: Workshop, at = "2026-11-22T15:00:00Z"): Workshop {
  return applicableRules(w).reduce(
    (agreed, topic) => expectOk(setRuleStatus(agreed, topic, "agreed", at, sequentialIds(`agreed-${topic}`))),
    w,
  );
}

/** A dated workshop drawn from a template, every stage mapped as Accord suggests, the rules agreed. */
export function aMappedWorkshop(template: TemplateKey): Workshop {
  const w = aWorkshop({ title: "Acme charter", organization: "Acme", date: "2026-11-22", facilitator: "Zoë" });
  const drawn = expectOk(applyTemplate(w, template, { makeId: sequentialIds("t") }));
  return withRulesAgreed(expectOk(mapUnmappedStages(drawn)));
}

/**
 * The demand waterfall with deals in the CRM: SQL is the opportunity's first,
 * open stage (HubSpot's "opportunity", no Lead Status), so the won and lost
 * outcomes close deals and the suggested mapping fills in the rest.
 */
export function aDealsWorkshop(): Workshop {
  const w = aWorkshop({ title: "Acme charter", organization: "Acme", date: "2026-11-22", facilitator: "Zoë" });
  const drawn = expectOk(applyTemplate(w, "demand-waterfall", { makeId: sequentialIds("t") }));
  const sql = drawn.stages.find((s) => s.name === "SQL")?.id as string;
  const opened = expectOk(
    updateStage(drawn, sql, { crm: { hubspotLifecycleStage: "opportunity", salesforceLeadStatus: null } }),
  );
  return withRulesAgreed(expectOk(mapUnmappedStages(opened)));
}

export async function charterOf(w: Workshop): Promise<CharterFile> {
  return expectOk(await buildCharterFile(w, INFO));
}
