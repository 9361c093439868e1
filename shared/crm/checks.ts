import { salesforceStatusKey, salesforceStatusMeaning } from "../journey/crm";
import { ruleApplies } from "../workshop/crm-agreement";
import { FORECAST_CATEGORIES } from "../workshop/model";
import type { Problem } from "../workshop/result";
import { RULE_NAMES } from "../workshop/rule-subject";
import { characterCount } from "../workshop/text";
import { API_NAME, CRM_LIMITS, FORECAST_LIST, NOT_XML } from "./limits";
import { type CrmPlan, leadStages, opportunityStages, type PlannedStage } from "./plan";

const quoted = (text: string) => `“${text}”`;
const named = (p: PlannedStage) => `Stage ${quoted(p.stage.name)}`;

function apiNameProblem(apiName: string, who: string): string | null {
  if (apiName === "") return `${who} needs an API name: what the CRMs store for it, like marketing_qualified_lead.`;
  if (characterCount(apiName) > CRM_LIMITS.apiName || !API_NAME.test(apiName)) {
    return `${who}: the API name ${quoted(apiName)} must be lowercase letters and digits in words joined by single underscores, starting with a letter, at most ${CRM_LIMITS.apiName} characters, so that HubSpot and Salesforce both accept it.`;
  }
  return null;
}

function lengthProblem(text: string, max: number, who: string, what: string, crm: string): string | null {
  const length = characterCount(text);
  return length > max
    ? `${who}: the ${what} ${quoted(text)} is ${length} characters long; ${crm} takes at most ${max}.`
    : null;
}

/** The Salesforce status a lead stage sets: a default's exact name, or the label to create. */
export const salesforceStatusOf = (p: PlannedStage) => salesforceStatusMeaning(p.stage.crm.salesforceLeadStatus ?? "");
export const statusKeyOf = (p: PlannedStage) => salesforceStatusKey(p.stage.crm.salesforceLeadStatus);

class Problems {
  readonly list: Problem[] = [];
  add(path: string, message: string | null): void {
    if (message !== null) this.list.push({ path, message });
  }
}

function checkMapping(p: PlannedStage, problems: Problems): void {
  const at = (field: string) => `${p.path}.crm.${field}`;
  const { setup, stage } = p;
  if (setup === null) {
    problems.add(at("setup"), `${named(p)} is not mapped to the CRM: choose lead, opportunity, or not in the CRM.`);
    return;
  }
  if (setup.object === "none") return;
  problems.add(at("setup.apiName"), apiNameProblem(setup.apiName, named(p)));
  const lifecycle = stage.crm.hubspotLifecycleStage;
  if (lifecycle !== null && lifecycle.trim() !== "") {
    problems.add(
      at("hubspotLifecycleStage"),
      lengthProblem(lifecycle, CRM_LIMITS.hubspotLabel, named(p), "lifecycle stage", "HubSpot"),
    );
  }
  for (const text of [stage.name, stage.crm.hubspotLifecycleStage ?? "", stage.crm.salesforceLeadStatus ?? ""]) {
    if (NOT_XML.test(text)) problems.add(p.path, `${named(p)} holds a character XML cannot carry.`);
  }
  if (setup.object === "lead") checkLead(p, problems);
  else checkOpportunity(p, problems);
}

function checkLead(p: PlannedStage, problems: Problems): void {
  const at = (field: string) => `${p.path}.crm.${field}`;
  const { hubspotLifecycleStage, salesforceLeadStatus } = p.stage.crm;
  const setup = p.setup as NonNullable<PlannedStage["setup"]>;
  const noStatus = salesforceLeadStatus === null || salesforceLeadStatus.trim() === "";
  const noLifecycle = hubspotLifecycleStage === null || hubspotLifecycleStage.trim() === "";
  if (noStatus && noLifecycle) {
    problems.add(
      at("hubspotLifecycleStage"),
      `${named(p)} is a lead stage: give its HubSpot lifecycle stage, its Salesforce Lead Status, or both.`,
    );
  }
  if (!noStatus && salesforceLeadStatus !== null) {
    problems.add(
      at("salesforceLeadStatus"),
      lengthProblem(salesforceLeadStatus, CRM_LIMITS.salesforceStandardValue, named(p), "Lead Status", "Salesforce"),
    );
  }
  if (setup.hubspotLeadStatus !== null) {
    problems.add(
      at("setup.hubspotLeadStatus"),
      lengthProblem(setup.hubspotLeadStatus, CRM_LIMITS.hubspotLabel, named(p), "lead status", "HubSpot"),
    );
  }
  const outcome = p.stage.kind === "outcome" ? (p.stage.outcome ?? null) : null;
  if (setup.isDefault && outcome !== null) {
    problems.add(
      at("setup.isDefault"),
      `${named(p)} is an outcome, so new leads cannot start in it: mark an open stage the default Lead Status.`,
    );
  }
  if (setup.converted && outcome !== null && outcome !== "won") {
    problems.add(
      at("setup.converted"),
      `${named(p)} is a ${outcome} outcome, so its Lead Status cannot be converted: a converted lead became an opportunity.`,
    );
  }
  if (setup.isDefault && setup.converted) {
    problems.add(
      at("setup.converted"),
      `${named(p)} cannot be both the default Lead Status and converted: every new lead would start converted.`,
    );
  }
}

function checkOpportunity(p: PlannedStage, problems: Problems): void {
  const at = (field: string) => `${p.path}.crm.setup.${field}`;
  const setup = p.setup as NonNullable<PlannedStage["setup"]>;
  const { probability, forecastCategory, closed, won } = setup;
  const outcome = p.stage.kind === "outcome" ? (p.stage.outcome ?? null) : null;
  if (p.stage.name.trim() === "") {
    problems.add(`${p.path}.name`, "An opportunity stage has no name: the CRMs show its name as the stage's label.");
  }
  problems.add(
    `${p.path}.name`,
    lengthProblem(p.stage.name, CRM_LIMITS.salesforceStandardValue, named(p), "Opportunity stage", "Salesforce"),
  );
  if (probability === null) {
    problems.add(at("probability"), `${named(p)} is an opportunity stage: give its probability, 0 to 100 %.`);
  } else if (probability % 10 !== 0) {
    problems.add(
      at("probability"),
      `${named(p)}: a probability of ${probability} % cannot go to HubSpot, which takes deal stage probabilities in steps of 10 %.`,
    );
  }
  if (forecastCategory === null || !FORECAST_CATEGORIES.includes(forecastCategory)) {
    problems.add(
      at("forecastCategory"),
      `${named(p)} is an opportunity stage: give its forecast category (${FORECAST_LIST}).`,
    );
  }
  if (won && !closed) problems.add(at("closed"), `${named(p)} is won, so it is closed too.`);
  if (outcome === "won" && !(closed && won)) {
    problems.add(at("won"), `${named(p)} is a won outcome: its opportunity stage must be closed and won.`);
  } else if (outcome !== null && outcome !== "won" && (!closed || won)) {
    problems.add(at("won"), `${named(p)} is a ${outcome} outcome: its opportunity stage must be closed and not won.`);
  } else if (outcome === null && closed) {
    problems.add(
      at("closed"),
      `${named(p)} is not an outcome, so its opportunity stage cannot be closed: deals move on from it.`,
    );
  }
  if (closed && won) {
    if (probability !== null && probability !== 100)
      problems.add(at("probability"), `${named(p)} is closed and won: its probability must be 100 %.`);
    if (forecastCategory !== null && forecastCategory !== "Closed")
      problems.add(at("forecastCategory"), `${named(p)} is closed and won: its forecast category must be Closed.`);
  } else if (closed) {
    if (probability !== null && probability !== 0)
      problems.add(at("probability"), `${named(p)} is closed and lost: its probability must be 0 %.`);
    if (forecastCategory !== null && forecastCategory !== "Omitted")
      problems.add(at("forecastCategory"), `${named(p)} is closed and lost: its forecast category must be Omitted.`);
  } else if (forecastCategory === "Closed") {
    problems.add(at("forecastCategory"), `${named(p)} is open: only a closed stage has the forecast category Closed.`);
  }
}

/** Stage mappings side by side: API names told apart, one default, a converted status, won and lost deals. */
function checkAcross(plan: CrmPlan, problems: Problems): void {
  const byApiName = new Map<string, PlannedStage>();
  for (const p of plan.stages) {
    if (!p.setup || p.setup.object === "none" || p.setup.apiName === "") continue;
    const earlier = byApiName.get(p.setup.apiName);
    if (earlier) {
      problems.add(
        `${p.path}.crm.setup.apiName`,
        `${named(p)} has the API name ${quoted(p.setup.apiName)} of stage ${quoted(earlier.stage.name)}: each stage needs its own.`,
      );
    } else byApiName.set(p.setup.apiName, p);
  }
  const leads = leadStages(plan).filter((p) => (p.stage.crm.salesforceLeadStatus ?? "").trim() !== "");
  const byStatus = new Map<string, PlannedStage>();
  for (const p of leads) {
    const status = statusKeyOf(p);
    const earlier = byStatus.get(status);
    if (!earlier) {
      byStatus.set(status, p);
      continue;
    }
    for (const flag of ["converted", "isDefault"] as const) {
      if (earlier.setup?.[flag] !== p.setup?.[flag]) {
        problems.add(
          `${p.path}.crm.setup.${flag}`,
          `Stages ${quoted(earlier.stage.name)} and ${quoted(p.stage.name)} share the Lead Status ${quoted(p.stage.crm.salesforceLeadStatus as string)} but not whether it is ${flag === "converted" ? "converted" : "the default"}.`,
        );
      }
    }
  }
  if (leads.length > 0) {
    const defaults = [...byStatus.values()].filter((p) => p.setup?.isDefault);
    if (defaults.length === 0) {
      problems.add(
        "$.charter.stages",
        "No lead stage is the default Lead Status: mark the one every new lead starts in (Salesforce has exactly one).",
      );
    }
    for (const p of defaults.slice(1)) {
      problems.add(
        `${p.path}.crm.setup.isDefault`,
        `${named(p)} is marked the default Lead Status, and so is ${quoted((defaults[0] as PlannedStage).stage.name)}: Salesforce has exactly one default.`,
      );
    }
    if (![...byStatus.values()].some((p) => p.setup?.converted)) {
      problems.add(
        "$.charter.stages",
        "No lead stage is marked converted: mark the Lead Status a lead takes when it becomes an opportunity (Salesforce needs at least one).",
      );
    }
  }
  const opportunities = opportunityStages(plan);
  const byLabel = new Map<string, PlannedStage>();
  for (const p of opportunities) {
    const key = p.stage.name.trim().toLowerCase();
    const earlier = byLabel.get(key);
    if (earlier) {
      problems.add(
        `${p.path}.name`,
        `${named(p)} and stage ${quoted(earlier.stage.name)} would be two opportunity stages of one name: HubSpot and Salesforce both need each stage's label to be its own.`,
      );
    } else byLabel.set(key, p);
  }
  if (opportunities.length > 0) {
    if (!opportunities.some((p) => !p.setup?.closed)) {
      problems.add(
        "$.charter.stages",
        "No opportunity stage is open: Salesforce would deactivate every open stage it has, leaving new deals nowhere to be. Map an open stage (Qualification, say), or leave the outcomes out of the CRM.",
      );
    }
    if (!opportunities.some((p) => p.setup?.closed && p.setup.won)) {
      problems.add(
        "$.charter.stages",
        "No opportunity stage is closed and won: the CRMs need a stage where deals are won.",
      );
    }
    if (!opportunities.some((p) => p.setup?.closed && !p.setup.won)) {
      problems.add(
        "$.charter.stages",
        "No opportunity stage is closed and lost: the CRMs need a stage where deals are lost.",
      );
    }
  }
}

function checkReasonCodes(plan: CrmPlan, problems: Problems): void {
  const codes = plan.charter.crmRules?.reasonCodes ?? [];
  const byApiName = new Map<string, string>();
  const byLabel = new Map<string, string>();
  for (const [i, code] of codes.entries()) {
    const path = `$.charter.crmRules.reasonCodes[${i}]`;
    const who = code.label === "" ? `Reason code ${i + 1} (${code.kind})` : `The reason code ${quoted(code.label)}`;
    if (code.label.trim() === "") {
      problems.add(`${path}.label`, `${who} has no label: give it the words salespeople will pick.`);
      continue;
    }
    problems.add(
      `${path}.label`,
      lengthProblem(code.label, CRM_LIMITS.salesforceCustomValue, who, "label", "Salesforce"),
    );
    problems.add(`${path}.label`, lengthProblem(code.label, CRM_LIMITS.hubspotLabel, who, "label", "HubSpot"));
    problems.add(`${path}.apiName`, apiNameProblem(code.apiName, who));
    if (NOT_XML.test(code.label) || NOT_XML.test(code.description)) {
      problems.add(path, `${who} holds a character XML cannot carry.`);
    }
    const sameApi = byApiName.get(code.apiName);
    if (sameApi !== undefined && code.apiName !== "") {
      problems.add(
        `${path}.apiName`,
        `${who} has the API name ${quoted(code.apiName)} of ${quoted(sameApi)}: each code needs its own.`,
      );
    } else byApiName.set(code.apiName, code.label);
    const key = code.label.trim().toLowerCase();
    const sameLabel = byLabel.get(key);
    if (sameLabel !== undefined) {
      problems.add(
        `${path}.label`,
        `${who} is listed twice (also as ${quoted(sameLabel)}): salespeople could not tell them apart.`,
      );
    } else byLabel.set(key, code.label);
  }
}

/**
 * Everything the pack needs before a file is written, with the stage (or
 * reason code) and the field each problem is in. An empty list: the pack
 * deploys as it is.
 */
export function checkCrmSetup(plan: CrmPlan): Problem[] {
  const problems = new Problems();
  const minor = plan.file.formatMinor ?? 0;
  if (minor < 2) {
    problems.add(
      "$.formatMinor",
      `This charter is format 1.${minor}, which has no CRM set-up: open it in Accord, map its stages, and export it again.`,
    );
    return problems.list;
  }
  if (plan.stages.length === 0) {
    problems.add("$.charter.stages", "The charter has no stages: there is nothing to set up in the CRM.");
  }
  if (minor >= 4) checkAgreed(plan, problems);
  for (const p of plan.stages) checkMapping(p, problems);
  checkAcross(plan, problems);
  checkReasonCodes(plan, problems);
  return problems.list;
}

/**
 * A 1.4 charter says which rules the room agreed. Rules it did not agree
 * are left out of the pack (see planCrm); the stage mapping cannot be: it
 * is what the pack sets up.
 */
function checkAgreed(plan: CrmPlan, problems: Problems): void {
  const standing = plan.charter.crmAgreement?.stageMappings;
  if (!standing || standing.status === "agreed" || !ruleApplies(plan.charter, "stageMappings")) return;
  const { subject, title } = RULE_NAMES.stageMappings;
  problems.add(
    "$.charter.crmAgreement.stageMappings.status",
    `${subject} is ${standing.status}, not agreed: the CRM gets only what the room agreed, and without the mapping there is nothing to set up. Agree it in Accord (Agree › ${title}), then export again.`,
  );
}
