import {
  SALESFORCE_LEAD_STATUSES,
  SALESFORCE_OPPORTUNITY_STAGES,
  salesforceOpportunityStageMeaning,
} from "../journey/crm";
import { salesforceStatusOf, statusKeyOf } from "./checks";
import type { PackFile } from "./files";
import { shortened } from "./files";
import { type CrmPlan, leadStages, opportunityStages } from "./plan";
import { reasonFieldDescription, reasonOptionDescription } from "./reasons";
import { leaf, metadataDocument, node, type XmlNode } from "./xml";

export const API_VERSION = "66.0";
export const REASON_FIELD = "Accord_Reason_Code__c";
/** Grants the reason code field, so access is one assignment instead of a round of every profile. */
export const REASON_PERMISSION_SET = "Accord_Reason_Code";
const SOURCE = "salesforce/force-app/main/default";

/** A Lead Status value: a default keeps its exact API name (records hold it), a new one takes the stage's. */
export interface LeadStatusValue {
  fullName: string;
  label: string;
  isDefault: boolean;
  converted: boolean;
}

export function leadStatusValues(plan: CrmPlan): LeadStatusValue[] {
  const values = new Map<string, LeadStatusValue>();
  for (const p of leadStages(plan)) {
    const key = statusKeyOf(p);
    if (key === "" || values.has(key)) continue;
    const meaning = salesforceStatusOf(p);
    values.set(key, {
      fullName: meaning.value ?? (p.setup?.apiName as string),
      label: meaning.label,
      isDefault: p.setup?.isDefault ?? false,
      converted: p.setup?.converted ?? false,
    });
  }
  return [...values.values()];
}

export interface OpportunityStageValue {
  fullName: string;
  label: string;
  closed: boolean;
  won: boolean;
  probability: number;
  forecastCategory: string;
}

export function opportunityStageValues(plan: CrmPlan): OpportunityStageValue[] {
  return opportunityStages(plan).map((p) => {
    const setup = p.setup as NonNullable<typeof p.setup>;
    return {
      fullName: salesforceOpportunityStageMeaning(p.stage.name) ?? setup.apiName,
      label: p.stage.name,
      closed: setup.closed,
      won: setup.won,
      probability: setup.probability ?? 0,
      forecastCategory: setup.forecastCategory ?? "Pipeline",
    };
  });
}

/**
 * A standard value set: each value's CustomValue fields (fullName, default,
 * label), then its StandardValue fields as given. Element order is the
 * schema's, or the deploy fails.
 */
function standardValueSet<V extends { fullName: string; label: string }>(
  values: V[],
  isDefault: (v: V) => boolean,
  fields: (v: V) => XmlNode[],
): string {
  const value = (v: V) =>
    node("standardValue", [
      leaf("fullName", v.fullName),
      leaf("default", isDefault(v)),
      leaf("label", v.label),
      ...fields(v),
    ]);
  return metadataDocument(node("StandardValueSet", [leaf("sorted", false), ...values.map(value)]));
}

const leadStatusSet = (values: LeadStatusValue[]) =>
  standardValueSet(
    values,
    (v) => v.isDefault,
    (v) => [leaf("converted", v.converted)],
  );

const opportunityStageSet = (values: OpportunityStageValue[]) =>
  standardValueSet(
    values,
    () => false,
    (v) => [
      leaf("closed", v.closed),
      leaf("forecastCategory", v.forecastCategory),
      leaf("probability", v.probability),
      leaf("won", v.won),
    ],
  );

function reasonField(plan: CrmPlan): string {
  const codes = plan.charter.crmRules?.reasonCodes ?? [];
  return metadataDocument(
    node("CustomField", [
      leaf("fullName", REASON_FIELD),
      leaf("description", shortened(reasonFieldDescription(plan.charter), 1000)),
      leaf("inlineHelpText", "Pick the reason the room agreed for rejecting, disqualifying or recycling this lead."),
      leaf("label", "Reason code"),
      leaf("required", false),
      leaf("type", "Picklist"),
      node("valueSet", [
        leaf("restricted", true),
        node("valueSetDefinition", [
          leaf("sorted", false),
          ...codes.map((c) =>
            node("value", [
              leaf("fullName", c.apiName),
              leaf("default", false),
              leaf("description", shortened(reasonOptionDescription(c), 1000)),
              leaf("label", c.label),
            ]),
          ),
        ]),
      ]),
    ]),
  );
}

function reasonPermissionSet(): string {
  return metadataDocument(
    node("PermissionSet", [
      leaf("description", "Lets its users read and set the reason code the room agreed on leads (set up by Accord)."),
      node("fieldPermissions", [leaf("editable", true), leaf("field", `Lead.${REASON_FIELD}`), leaf("readable", true)]),
      leaf("hasActivationRequired", false),
      leaf("label", "Accord reason code"),
    ]),
  );
}

function manifest(types: { name: string; members: string[] }[]): string {
  return metadataDocument(
    node("Package", [
      ...[...types]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((t) => node("types", [...[...t.members].sort().map((m) => leaf("members", m)), leaf("name", t.name)])),
      leaf("version", API_VERSION),
    ]),
  );
}

/** The defaults this set-up leaves out: Salesforce deactivates them on deploy. */
export function leftOutDefaults(plan: CrmPlan) {
  const leads = new Set(leadStatusValues(plan).map((v) => v.fullName));
  const stages = new Set(opportunityStageValues(plan).map((v) => v.fullName));
  return {
    leadStatuses: leads.size === 0 ? [] : SALESFORCE_LEAD_STATUSES.filter((s) => !leads.has(s)),
    opportunityStages: stages.size === 0 ? [] : SALESFORCE_OPPORTUNITY_STAGES.filter((s) => !stages.has(s)),
  };
}

/** A source folder `sf project deploy start` takes as it is: project file, manifest, metadata. */
export function salesforceFiles(plan: CrmPlan, readme: string): PackFile[] {
  const files: PackFile[] = [];
  const sets: string[] = [];
  const leads = leadStatusValues(plan);
  if (leads.length > 0) {
    sets.push("LeadStatus");
    files.push({
      path: `${SOURCE}/standardValueSets/LeadStatus.standardValueSet-meta.xml`,
      content: leadStatusSet(leads),
    });
  }
  const stages = opportunityStageValues(plan);
  if (stages.length > 0) {
    sets.push("OpportunityStage");
    files.push({
      path: `${SOURCE}/standardValueSets/OpportunityStage.standardValueSet-meta.xml`,
      content: opportunityStageSet(stages),
    });
  }
  const fields: string[] = [];
  const permissionSets: string[] = [];
  if ((plan.charter.crmRules?.reasonCodes.length ?? 0) > 0) {
    fields.push(`Lead.${REASON_FIELD}`);
    files.push({ path: `${SOURCE}/objects/Lead/fields/${REASON_FIELD}.field-meta.xml`, content: reasonField(plan) });
    permissionSets.push(REASON_PERMISSION_SET);
    files.push({
      path: `${SOURCE}/permissionsets/${REASON_PERMISSION_SET}.permissionset-meta.xml`,
      content: reasonPermissionSet(),
    });
  }
  const types = [
    ...(sets.length > 0 ? [{ name: "StandardValueSet", members: sets }] : []),
    ...(fields.length > 0 ? [{ name: "CustomField", members: fields }] : []),
    ...(permissionSets.length > 0 ? [{ name: "PermissionSet", members: permissionSets }] : []),
  ];
  files.push({ path: "salesforce/package.xml", content: manifest(types) });
  files.push({
    path: "salesforce/sfdx-project.json",
    content: `${JSON.stringify(
      {
        packageDirectories: [{ path: "force-app", default: true }],
        name: "accord-crm-setup",
        sourceApiVersion: API_VERSION,
      },
      null,
      2,
    )}\n`,
  });
  files.push({ path: "salesforce/README.md", content: readme });
  return files;
}
