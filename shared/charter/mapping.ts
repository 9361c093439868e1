import { hubspotLeadStatusMeaning, hubspotStageMeaning, salesforceStatusMeaning } from "../journey/crm";
import type { CharterStage, CharterStageCrmSetup } from "./format";

/** "Lead: Salesforce Lead Status “Working - Contacted” (default), HubSpot lifecycle stage “Lead”". */
export function describeMapping(stage: {
  crm: Pick<CharterStage["crm"], "hubspotLifecycleStage" | "salesforceLeadStatus" | "setup">;
}): string {
  const setup: CharterStageCrmSetup | null = stage.crm.setup ?? null;
  if (setup === null) return "not mapped";
  if (setup.object === "none") return "not in the CRM";
  const parts: string[] = [];
  const lifecycle = stage.crm.hubspotLifecycleStage;
  if (lifecycle) parts.push(`HubSpot lifecycle stage “${hubspotStageMeaning(lifecycle).label}”`);
  if (setup.object === "lead") {
    if (setup.hubspotLeadStatus)
      parts.push(`HubSpot lead status “${hubspotLeadStatusMeaning(setup.hubspotLeadStatus).label}”`);
    const status = stage.crm.salesforceLeadStatus;
    if (status) {
      const flags = [setup.isDefault ? "default" : "", setup.converted ? "converted" : ""].filter(Boolean).join(", ");
      parts.push(`Salesforce Lead Status “${salesforceStatusMeaning(status).label}”${flags ? ` (${flags})` : ""}`);
    }
    return `lead, API name ${setup.apiName}${parts.length ? `: ${parts.join("; ")}` : ""}`;
  }
  const state = setup.closed ? (setup.won ? "closed, won" : "closed, lost") : "open";
  parts.push(
    `opportunity stage, ${setup.probability ?? "?"} %, forecast ${setup.forecastCategory ?? "not set"}, ${state}`,
  );
  return `opportunity, API name ${setup.apiName}: ${parts.join("; ")}`;
}
