import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import {
  HUBSPOT_DEFAULT_LEAD_STATUSES,
  HUBSPOT_DEFAULT_STAGES,
  hubspotLeadStatusMeaning,
  hubspotStageMeaning,
} from "../journey/crm";
import { jsonFile, type PackFile, shortened } from "./files";
import { HUBSPOT_DEPLOY_SCRIPT } from "./hubspot-deploy";
import { type CrmPlan, leadStages, opportunityStages, type PlannedStage } from "./plan";
import { reasonFieldDescription, reasonOptionDescription } from "./reasons";

/** A HubSpot property option (OptionInput in the CRM v3 Properties API). */
export interface HubspotOption {
  label: string;
  value: string;
  description: string;
  displayOrder: number;
  hidden: boolean;
}

const mapped = (plan: CrmPlan) => plan.stages.filter((p) => p.setup !== null && p.setup.object !== "none");

/** A lifecycle stage the room uses that HubSpot does not have: made in HubSpot's settings, not by the API. */
export interface CustomLifecycleStage {
  label: string;
  description: string;
  after: string | null;
}

/**
 * The lifecycle stage options in journey order: HubSpot's defaults the room
 * uses, with the agreed definitions, then the defaults it does not use,
 * hidden (HubSpot replaces the whole list, and records may still hold them).
 * Stages HubSpot does not have come back apart, to be made in settings.
 */
export function lifecycleOptions(plan: CrmPlan): { options: HubspotOption[]; custom: CustomLifecycleStage[] } {
  const options: HubspotOption[] = [];
  const custom: CustomLifecycleStage[] = [];
  let previous: string | null = null;
  for (const p of mapped(plan)) {
    const typed = p.stage.crm.hubspotLifecycleStage;
    if (typed === null || typed.trim() === "") continue;
    const meaning = hubspotStageMeaning(typed);
    const description = shortened(p.stage.definition);
    if (meaning.value === null) {
      if (!custom.some((c) => c.label === meaning.label))
        custom.push({ label: meaning.label, description, after: previous });
    } else if (!options.some((o) => o.value === meaning.value)) {
      options.push({
        label: meaning.label,
        value: meaning.value,
        description,
        displayOrder: options.length,
        hidden: false,
      });
    }
    previous = meaning.label;
  }
  for (const d of HUBSPOT_DEFAULT_STAGES) {
    if (options.some((o) => o.value === d.value)) continue;
    options.push({ label: d.label, value: d.value, description: "", displayOrder: options.length, hidden: true });
  }
  return { options, custom };
}

/** hs_lead_status: the statuses the room named, in journey order, then HubSpot's others hidden. */
export function leadStatusOptions(plan: CrmPlan): HubspotOption[] {
  const options: HubspotOption[] = [];
  for (const p of leadStages(plan)) {
    const typed = p.setup?.hubspotLeadStatus;
    if (typed == null || typed.trim() === "") continue;
    const meaning = hubspotLeadStatusMeaning(typed);
    const value = meaning.value ?? (p.setup?.apiName as string);
    const same = (label: string) => label.trim().toLowerCase() === meaning.label.trim().toLowerCase();
    if (options.some((o) => o.value === value || same(o.label))) continue;
    const description = shortened(p.stage.definition);
    options.push({ label: meaning.label, value, description, displayOrder: options.length, hidden: false });
  }
  if (options.length === 0) return [];
  for (const d of HUBSPOT_DEFAULT_LEAD_STATUSES) {
    if (options.some((o) => o.value === d.value)) continue;
    options.push({ label: d.label, value: d.value, description: "", displayOrder: options.length, hidden: true });
  }
  return options;
}

/** HubSpot takes a deal stage's probability as a decimal from 0.0 to 1.0, in a string. */
const probability = (p: PlannedStage) => ((p.setup?.probability ?? 0) / 100).toFixed(1);

/**
 * The deal pipeline's own id, from the charter's id (kept from version to
 * version): a later version replaces this pipeline instead of making a
 * second one, and another workshop's pack makes its own.
 */
export const pipelineIdOf = (plan: CrmPlan) =>
  `accord_${bytesToHex(sha256(utf8ToBytes(plan.charter.id))).slice(0, 12)}`;

/**
 * A deal stage's id: HubSpot's deal stages share one property across every
 * pipeline of a portal, so the stage's API name is prefixed with its
 * pipeline's id; two charters' "closed_won" never clash.
 */
export const dealStageIdOf = (plan: CrmPlan, apiName: string) => `${pipelineIdOf(plan)}_${apiName}`;

/**
 * The body that replaces the pipeline (PipelineReplaceInput, sent to its
 * id): each stage's id comes from its API name, so a stage replaced keeps
 * its deals.
 */
export function dealPipelineReplacement(plan: CrmPlan) {
  return {
    label: shortened(`${plan.charter.title} pipeline`, 100),
    displayOrder: 0,
    stages: opportunityStages(plan).map((p, i) => ({
      label: p.stage.name,
      displayOrder: i,
      stageId: dealStageIdOf(plan, p.setup?.apiName ?? p.stage.id),
      metadata: { probability: probability(p), isClosed: String(p.setup?.closed ?? false) },
    })),
  };
}

/** The body that makes the pipeline (PipelineInput): the same, with the pipeline's own id. */
export function dealPipeline(plan: CrmPlan) {
  const { label, displayOrder, stages } = dealPipelineReplacement(plan);
  return { label, displayOrder, pipelineId: pipelineIdOf(plan), stages };
}

export const REASON_PROPERTY = "accord_reason_code";

export function reasonCodeProperty(plan: CrmPlan) {
  const codes = plan.charter.crmRules?.reasonCodes ?? [];
  return {
    name: REASON_PROPERTY,
    label: "Reason code",
    type: "enumeration",
    fieldType: "select",
    groupName: "contactinformation",
    description: shortened(reasonFieldDescription(plan.charter)),
    formField: false,
    options: codes.map((c, i) => ({
      label: c.label,
      value: c.apiName,
      description: shortened(reasonOptionDescription(c)),
      displayOrder: i,
      hidden: false,
    })),
  };
}

/** The HubSpot half of the pack, with what each file is for in hubspot/README.md. */
export function hubspotFiles(plan: CrmPlan, readme: (custom: CustomLifecycleStage[]) => string): PackFile[] {
  const { options, custom } = lifecycleOptions(plan);
  const statuses = leadStatusOptions(plan);
  // A set-up that names no lifecycle stage leaves HubSpot's as they are (the file would hide them all).
  const files: PackFile[] = options.some((o) => !o.hidden)
    ? [jsonFile("hubspot/properties/contacts/lifecyclestage.json", { options })]
    : [];
  if (statuses.length > 0)
    files.push(jsonFile("hubspot/properties/contacts/hs_lead_status.json", { options: statuses }));
  if ((plan.charter.crmRules?.reasonCodes.length ?? 0) > 0) {
    files.push(jsonFile(`hubspot/properties/contacts/${REASON_PROPERTY}.json`, reasonCodeProperty(plan)));
  }
  if (opportunityStages(plan).length > 0) {
    files.push(jsonFile("hubspot/pipelines/deals.json", dealPipeline(plan)));
    files.push(jsonFile("hubspot/pipelines/deals-replace.json", dealPipelineReplacement(plan)));
  }
  if (files.length > 0) files.push({ path: "hubspot/deploy.mjs", content: HUBSPOT_DEPLOY_SCRIPT });
  files.push({ path: "hubspot/README.md", content: readme(custom) });
  return files;
}
