import { stageName } from "../charter/wording";
import { RULE_NAMES } from "../workshop/rule-subject";
import type { CustomLifecycleStage } from "./hubspot";
import { lifecycleOptions, pipelineIdOf, REASON_PROPERTY } from "./hubspot";
import { PIPELINE_REPLACE_CHECKS } from "./hubspot-deploy";
import { inline as md } from "./markdown";
import { type CrmPlan, leadStages, opportunityStages } from "./plan";
import { leftOutDefaults, REASON_FIELD, REASON_PERMISSION_SET } from "./salesforce";

const join = (lines: string[]) =>
  `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
const codes = (plan: CrmPlan) => plan.charter.crmRules?.reasonCodes ?? [];

/** What no API call in the pack does: the room's follow-ups, escalations, recycling and scoring, to set up by hand. */
function workflowSteps(plan: CrmPlan, crm: "HubSpot" | "Salesforce"): string[] {
  const c = plan.charter;
  const out: string[] = [];
  const automation = crm === "HubSpot" ? "a workflow" : "a flow";
  for (const t of c.transitions.filter((t) => t.handoff && t.followUp)) {
    const f = t.followUp as NonNullable<typeof t.followUp>;
    out.push(
      `- ${md(`${stageName(c, t.from)} → ${stageName(c, t.to)}`)}: ${automation} that expects ${f.attempts} contact attempts over ${f.overDays} days before the lead is marked Unreachable${f.escalateTo ? `, and tells ${md(f.escalateTo)} when the SLA is missed` : ""}.`,
    );
  }
  for (const r of codes(plan).filter((r) => r.kind === "recycle" && r.revisitAfterDays !== null)) {
    out.push(
      `- ${md(r.label)}: ${automation} that brings the lead back to marketing after ${r.revisitAfterDays} days.`,
    );
  }
  const q = c.crmRules?.qualification;
  if (q && (q.fitThreshold !== null || q.engagementThreshold !== null)) {
    out.push(
      `- Scoring: a fit score and an engagement score kept apart; a lead is marketing-qualified at fit ${q.fitThreshold ?? "(not agreed)"} and engagement ${q.engagementThreshold ?? "(not agreed)"}.`,
    );
  }
  if (q?.handRaise.trim()) out.push(`- Fast lane: ${md(q.handRaise)} makes a lead marketing-qualified at once.`);
  return out.length ? ["## Set up by hand (no API in this pack does it)", "", ...out, ""] : [];
}

export function packReadme(plan: CrmPlan): string {
  const c = plan.charter;
  const draft = plan.file.signOff.status !== "signed";
  return join([
    `# CRM set-up for “${md(c.title)}”, version ${c.version}`,
    "",
    draft
      ? "**This charter is a draft: not everyone has signed it. Deploy it only if the room agreed to.**"
      : "Made from the signed charter.",
    "",
    `Charter content hash: \`${plan.file.signOff.contentHash}\``,
    "",
    "- `hubspot/`: property and pipeline payloads for HubSpot's CRM v3 API, and the steps to send them (hubspot/README.md).",
    "- `salesforce/`: a Salesforce DX project to deploy with the Salesforce CLI (salesforce/README.md).",
    "- `glossary.csv`: the agreed glossary, one term a row, for a spreadsheet.",
    "- `charter.md`: the agreed stages, handoffs and rules, for a wiki.",
    "",
    "Made by Accord from the charter alone: the same charter always gives the same files.",
    "",
    ...leftOutLines(plan),
  ]);
}

/** The rules the room did not agree, named, so nobody looks for them in the CRM. */
function leftOutLines(plan: CrmPlan): string[] {
  if (plan.leftOut.length === 0) return [];
  const standing = plan.charter.crmAgreement;
  const lines = plan.leftOut.map(
    (t) => `- ${RULE_NAMES[t].title}: ${standing?.[t].status ?? "not agreed"} when the charter was written.`,
  );
  return [
    "## Not in this pack",
    "",
    "The room did not agree these rules, so this pack sets up none of them:",
    "",
    ...lines,
    "",
  ];
}

export function hubspotReadme(plan: CrmPlan, custom: CustomLifecycleStage[]): string {
  const hasLifecycle = lifecycleOptions(plan).options.some((o) => !o.hidden);
  const hasStatuses = leadStages(plan).some((p) => p.setup?.hubspotLeadStatus);
  const call = (method: string, path: string, file: string) => [
    "```sh",
    `curl -X ${method} "https://api.hubapi.com${path}" \\`,
    '  -H "Authorization: Bearer $HUBSPOT_TOKEN" -H "Content-Type: application/json" \\',
    `  --data @${file}`,
    "```",
    "",
  ];
  let step = 1;
  const numbered = (text: string) => [`${step++}. ${text}`, ""];
  const steps: string[] = [
    "## In one command",
    "",
    "With Node 18 or later and a private app's token that may change contact properties and deal pipelines, from this folder:",
    "",
    "```sh",
    "export HUBSPOT_TOKEN=…",
    "node deploy.mjs --dry-run",
    "node deploy.mjs",
    "```",
    "",
    "The first reads your portal and prints what it would send; the second sends it. `deploy.mjs` makes the calls below, and does what they cannot do alone: it reads each option list first and keeps the options your portal made itself, and on a later version of the charter it updates the reason code property and replaces the deal pipeline at its id instead of making them again. It stops at the first call HubSpot refuses, saying which and why.",
    "",
    "## Or call by call, in this order",
    "",
    "Use the same token (`export HUBSPOT_TOKEN=…`), from this folder.",
    "",
  ];
  if (hasLifecycle) {
    steps.push(
      ...numbered(
        "The lifecycle stages. HubSpot replaces the whole list of options, so the file holds all of it: the ones the room uses, in journey order, with the agreed definitions, then HubSpot's defaults the room does not use, hidden. An option of your portal's own that is not in the file is deleted: GET the property first and compare.",
      ),
      ...call("PATCH", "/crm/v3/properties/contacts/lifecyclestage", "properties/contacts/lifecyclestage.json"),
    );
  }
  if (hasStatuses) {
    steps.push(
      ...numbered(
        "The lead statuses, the same way: HubSpot's defaults the room does not use are hidden, since records may hold them; a status of your own that is not in the file is deleted, so compare first.",
      ),
      ...call("PATCH", "/crm/v3/properties/contacts/hs_lead_status", "properties/contacts/hs_lead_status.json"),
    );
  }
  if (codes(plan).length) {
    steps.push(
      ...numbered(
        `The reason codes, as a new contact property \`${REASON_PROPERTY}\`. HubSpot makes it once; to change its options later, PATCH \`/crm/v3/properties/contacts/${REASON_PROPERTY}\` with the file's \`label\`, \`description\` and \`options\` (not its \`name\`).`,
      ),
      ...call("POST", "/crm/v3/properties/contacts", `properties/contacts/${REASON_PROPERTY}.json`),
    );
  }
  if (opportunityStages(plan).length) {
    steps.push(
      ...numbered(
        `The deal pipeline, with each stage's probability (closed stages are marked \`isClosed\`). It has an id of its own, \`${pipelineIdOf(plan)}\`, and each stage an id made from it and the stage's API name; they stay the same in every version of this charter. A later version's pack replaces the pipeline at that id instead, stage for stage, so deals stay in their stages and no second pipeline is made. A stage the charter dropped, or whose API name changed, is a stage removed: the replacement asks HubSpot to refuse it while deals are in that stage.`,
      ),
      ...call("POST", "/crm/v3/pipelines/deals", "pipelines/deals.json"),
      "For a later version of this charter:",
      "",
      ...call(
        "PUT",
        `/crm/v3/pipelines/deals/${pipelineIdOf(plan)}${PIPELINE_REPLACE_CHECKS}`,
        "pipelines/deals-replace.json",
      ),
    );
  }
  const manual = custom.length
    ? [
        "## Lifecycle stages HubSpot does not have",
        "",
        "HubSpot makes custom lifecycle stages only in its settings (Settings › Objects › Contacts › Lifecycle stage), where it gives each its internal name. Add these there after sending the lifecycle stages, which would otherwise replace them:",
        "",
        ...custom.map(
          (s) =>
            `- **${md(s.label)}**, ${s.after ? `after ${md(s.after)}` : "first"}${s.description ? `: ${md(s.description)}` : ""}`,
        ),
        "",
      ]
    : [];
  return join([
    `# HubSpot set-up for “${md(plan.charter.title)}”`,
    "",
    ...steps,
    ...manual,
    ...workflowSteps(plan, "HubSpot"),
  ]);
}

export function salesforceReadme(plan: CrmPlan): string {
  const left = leftOutDefaults(plan);
  const dropped = [
    ...left.leadStatuses.map((s) => `- Lead Status: ${md(s)}`),
    ...left.opportunityStages.map((s) => `- Opportunity Stage: ${md(s)}`),
  ];
  return join([
    `# Salesforce set-up for “${md(plan.charter.title)}”`,
    "",
    "This folder is a Salesforce DX project. With the Salesforce CLI, from this folder:",
    "",
    "```sh",
    "sf project deploy start --manifest package.xml --target-org <your org> --dry-run",
    "sf project deploy start --manifest package.xml --target-org <your org>",
    "```",
    "",
    "The first command only checks; the second deploys.",
    "",
    "## Before you deploy",
    "",
    "- A standard value set is replaced as a whole: values left out of it are deactivated on deploy. Records that hold them keep them, but nobody can pick them again. Your org may have values of its own: see them first with `sf project retrieve start --metadata StandardValueSet:LeadStatus StandardValueSet:OpportunityStage --target-org <your org>`.",
    ...(dropped.length
      ? ["", "  Of Salesforce's own values, this deploy deactivates:", "", ...dropped.map((d) => `  ${d}`)]
      : []),
    "- Lead processes and sales processes list the statuses and stages each record type offers: add the new values to them (Setup › Lead Processes, Sales Processes), or nobody sees them.",
    ...(codes(plan).length
      ? [
          `- The reason codes arrive as the picklist field \`Lead.${REASON_FIELD}\`, with the permission set \`${REASON_PERMISSION_SET}\` that lets its users read and set it. Give it to the people who work leads, for instance \`sf org assign permset --name ${REASON_PERMISSION_SET} --on-behalf-of <username> --target-org <your org>\`, and add the field to the Lead page layouts.`,
        ]
      : []),
    "",
    ...workflowSteps(plan, "Salesforce"),
  ]);
}
