import { newId } from "./ids";
import { locate } from "./locate";
import type { CrmRules, FollowUp, Qualification, ReasonCode, ReasonKind, StageCrmSetup, Workshop } from "./model";
import { ok, type Produced, produced, type Result, refuse } from "./result";

/**
 * A stable CRM name from a label: ASCII lowercase letters, digits and single
 * underscores, starting with a letter, at most 40 characters. That one shape
 * is a valid HubSpot internal value and a valid Salesforce API name, so a
 * stage has one API name in both CRMs. "Marketing-qualified lead (MQL)"
 * becomes "marketing_qualified_lead_mql"; "Łódź" becomes "lodz".
 */
export function apiNameFrom(label: string): string {
  const folded = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  return folded === "" ? "stage" : folded;
}

const code = (kind: ReasonKind, label: string, description: string, revisitAfterDays: number | null = null) => ({
  kind,
  label,
  apiName: apiNameFrom(label),
  description,
  revisitAfterDays,
});

/**
 * The list a room starts from: what sales may send back before contact, why
 * a lead is disqualified after it, and when a recycled lead is looked at again.
 */
export const DEFAULT_REASON_CODES: readonly Omit<ReasonCode, "id">[] = [
  code("reject", "Misrouted", "Sent to the wrong team, region or owner."),
  code("reject", "Incomplete record", "Missing the contact details or company needed to reach out."),
  code("reject", "Outside the agreed criteria", "Does not meet the entry criteria the room agreed for this stage."),
  code("disqualify", "No need", "Has no problem our product solves."),
  code("disqualify", "No budget", "Cannot pay for it in the foreseeable future."),
  code("disqualify", "No authority", "Cannot decide and cannot bring in who does."),
  code("disqualify", "No fit", "Outside the ideal customer profile."),
  code("disqualify", "Unreachable", "No answer after the agreed follow-up attempts."),
  code("recycle", "Back to nurture", "Interested, but not now: marketing nurtures it until it engages again.", 90),
  code("recycle", "Bad timing", "A real need, but the buyer will not start yet.", 180),
];

export const EMPTY_QUALIFICATION: Qualification = {
  idealCustomerProfile: "",
  exclusions: [],
  buyingRoles: [],
  fitThreshold: null,
  engagementThreshold: null,
  handRaise: "",
};

/** Rules a new workshop starts with: the default reason codes, an empty profile. */
export function defaultCrmRules(makeId: () => string = newId): CrmRules {
  return {
    reasonCodes: DEFAULT_REASON_CODES.map((c) => ({ id: makeId(), ...c })),
    qualification: { ...EMPTY_QUALIFICATION, exclusions: [], buyingRoles: [] },
  };
}

/** A mapping to start from for a stage: its kind decides the object, its name the API name. */
export function suggestedCrmSetup(w: Workshop, stageId: string): StageCrmSetup | null {
  const stage = w.stages.find((s) => s.id === stageId);
  if (!stage) return null;
  const outcome = stage.kind === "outcome" ? stage.outcome : null;
  const opportunity = outcome === "won" || outcome === "lost";
  return {
    object: opportunity ? "opportunity" : "lead",
    apiName: apiNameFrom(stage.name),
    hubspotLeadStatus: null,
    converted: false,
    isDefault: false,
    probability: outcome === "won" ? 100 : outcome === "lost" ? 0 : opportunity ? 10 : null,
    forecastCategory: outcome === "won" ? "Closed" : outcome === "lost" ? "Omitted" : opportunity ? "Pipeline" : null,
    closed: opportunity,
    won: outcome === "won",
  };
}

/** Takes up the CRM rules, starting from the default list (a workshop from before them, or an import). */
export function startCrmRules(w: Workshop, makeId: () => string = newId): Result {
  if (w.crmRules !== null) return ok(w);
  return ok({ ...w, crmRules: defaultCrmRules(makeId) });
}

/** Sets the CRM rules aside: the charter then says nothing about reason codes or qualification. */
export function dropCrmRules(w: Workshop): Result {
  return ok({ ...w, crmRules: null });
}

const noRules = () => refuse("$.crmRules", "Take up the CRM rules first (Set up › CRM rules).");

export type ReasonCodePatch = Partial<Omit<ReasonCode, "id">>;

/** A blank code of a kind, or one with what is given; its value is the new code's id. */
export function addReasonCode(
  w: Workshop,
  kind: ReasonKind,
  init: ReasonCodePatch = {},
  makeId: () => string = newId,
): Result<Produced<string>> {
  if (w.crmRules === null) return noRules();
  const label = init.label ?? "";
  const added: ReasonCode = {
    id: makeId(),
    kind,
    label,
    apiName: init.apiName ?? (label === "" ? "" : apiNameFrom(label)),
    description: init.description ?? "",
    revisitAfterDays: kind === "recycle" ? (init.revisitAfterDays ?? 90) : null,
  };
  const crmRules = { ...w.crmRules, reasonCodes: [...w.crmRules.reasonCodes, added] };
  return produced({ ...w, crmRules }, added.id);
}

/**
 * Edits a reason code. Typing a label also fills the API name while the API
 * name still follows the label (nobody typed one of their own).
 */
export function updateReasonCode(w: Workshop, codeId: string, patch: ReasonCodePatch): Result {
  if (w.crmRules === null) return noRules();
  const found = locate(w.crmRules.reasonCodes, codeId);
  if (!found) return refuse("codeId", `There is no reason code with the id “${codeId}”.`);
  const { index, item } = found;
  const followsLabel = item.apiName === "" || item.apiName === apiNameFrom(item.label);
  const kind = patch.kind ?? item.kind;
  const label = patch.label ?? item.label;
  const next: ReasonCode = {
    ...item,
    ...patch,
    kind,
    label,
    apiName: patch.apiName ?? (patch.label !== undefined && followsLabel ? apiNameFrom(label) : item.apiName),
    revisitAfterDays:
      kind === "recycle"
        ? patch.revisitAfterDays !== undefined
          ? patch.revisitAfterDays
          : (item.revisitAfterDays ?? 90)
        : null,
  };
  const reasonCodes = w.crmRules.reasonCodes.map((c, i) => (i === index ? next : c));
  return ok({ ...w, crmRules: { ...w.crmRules, reasonCodes } });
}

export function removeReasonCode(w: Workshop, codeId: string): Result {
  if (w.crmRules === null) return noRules();
  if (!locate(w.crmRules.reasonCodes, codeId)) {
    return refuse("codeId", `There is no reason code with the id “${codeId}”.`);
  }
  const reasonCodes = w.crmRules.reasonCodes.filter((c) => c.id !== codeId);
  return ok({ ...w, crmRules: { ...w.crmRules, reasonCodes } });
}

export function updateQualification(w: Workshop, patch: Partial<Qualification>): Result {
  if (w.crmRules === null) return noRules();
  const qualification = { ...w.crmRules.qualification, ...patch };
  return ok({ ...w, crmRules: { ...w.crmRules, qualification } });
}

/**
 * Maps a stage (or clears its mapping, null); a patch on an unmapped stage
 * starts from the suggestion. A won stage is closed, so winning closes it and
 * reopening it un-wins it: one tick, from any screen, keeps the two together.
 */
export function setStageCrmSetup(w: Workshop, stageId: string, patch: Partial<StageCrmSetup> | null): Result {
  const found = locate(w.stages, stageId);
  if (!found) return refuse("stageId", `There is no stage with the id “${stageId}”.`);
  const { index, item: stage } = found;
  const base = stage.crm.setup ?? suggestedCrmSetup(w, stageId);
  const tied = patch?.won === true ? { closed: true } : patch?.closed === false ? { won: false } : {};
  const setup = patch === null || base === null ? null : { ...base, ...patch, ...tied };
  const stages = w.stages.map((s, i) => (i === index ? { ...s, crm: { ...s.crm, setup } } : s));
  return ok({ ...w, stages });
}

export const DEFAULT_FOLLOW_UP: FollowUp = { attempts: 6, overDays: 14, escalateTo: "" };

/** Sets (or clears, null) what follows a handoff; a patch on a handoff without one starts from the default. */
export function setFollowUp(w: Workshop, transitionId: string, patch: Partial<FollowUp> | null): Result {
  const found = locate(w.transitions, transitionId);
  if (!found) return refuse("transitionId", `There is no transition with the id “${transitionId}”.`);
  const { index, item } = found;
  const path = `$.transitions[${index}].followUp`;
  const followUp = patch === null ? null : { ...(item.followUp ?? DEFAULT_FOLLOW_UP), ...patch };
  if (followUp !== null) {
    if (!Number.isInteger(followUp.attempts) || followUp.attempts < 1) {
      return refuse(`${path}.attempts`, "The number of attempts must be a whole number, 1 or more.");
    }
    if (!Number.isInteger(followUp.overDays) || followUp.overDays < 1) {
      return refuse(`${path}.overDays`, "The number of days must be a whole number, 1 or more.");
    }
  }
  const transitions = w.transitions.map((t, i) => (i === index ? { ...t, followUp } : t));
  return ok({ ...w, transitions });
}
