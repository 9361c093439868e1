/** HubSpot's default lifecycle stages (the contact property `lifecyclestage`): internal value and label. */
export const HUBSPOT_DEFAULT_STAGES = [
  { value: "subscriber", label: "Subscriber" },
  { value: "lead", label: "Lead" },
  { value: "marketingqualifiedlead", label: "Marketing Qualified Lead" },
  { value: "salesqualifiedlead", label: "Sales Qualified Lead" },
  { value: "opportunity", label: "Opportunity" },
  { value: "customer", label: "Customer" },
  { value: "evangelist", label: "Evangelist" },
  { value: "other", label: "Other" },
] as const;

/** HubSpot's lifecycle stage property, by its internal values (what the stage editor suggests). */
export const HUBSPOT_LIFECYCLE_STAGES = HUBSPOT_DEFAULT_STAGES.map((s) => s.value);

/** Salesforce's default Lead Status picklist: each value's API name is its label. */
export const SALESFORCE_LEAD_STATUSES = [
  "Open - Not Contacted",
  "Working - Contacted",
  "Closed - Converted",
  "Closed - Not Converted",
] as const;

/**
 * What a CRM value the room typed stands for (charter format 1.1): which
 * CRM object and field it sets, the CRM's internal value when it is one of
 * the CRM's defaults, and the label. `value: null` means a value the CRM
 * does not have yet: it must be made there (HubSpot gives a custom stage
 * its internal value when it is created).
 */
export type HubspotValue = { object: "contacts"; field: "lifecyclestage"; value: string | null; label: string };
export type SalesforceValue = { object: "Lead"; field: "Status"; value: string | null; label: string };
export type CrmValue = HubspotValue | SalesforceValue;

/** Only ASCII letters fold: every reader, in any language, folds them the same way. */
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** A HubSpot lifecycle stage as typed: a default's internal value or label (any ASCII case), or a label to create. */
export function hubspotStageMeaning(typed: string): HubspotValue {
  const key = asciiLower(typed);
  const known = HUBSPOT_DEFAULT_STAGES.find((s) => s.value === key || asciiLower(s.label) === key);
  return known
    ? { object: "contacts", field: "lifecyclestage", value: known.value, label: known.label }
    : { object: "contacts", field: "lifecyclestage", value: null, label: typed };
}

/** A Salesforce Lead Status as typed: a default (any ASCII case), or a label to create. */
export function salesforceStatusMeaning(typed: string): SalesforceValue {
  const key = asciiLower(typed);
  const known = SALESFORCE_LEAD_STATUSES.find((s) => asciiLower(s) === key);
  return known
    ? { object: "Lead", field: "Status", value: known, label: known }
    : { object: "Lead", field: "Status", value: null, label: typed };
}

/** HubSpot's default lead statuses (the contact property `hs_lead_status`): internal value and label. */
export const HUBSPOT_DEFAULT_LEAD_STATUSES = [
  { value: "NEW", label: "New" },
  { value: "OPEN", label: "Open" },
  { value: "IN_PROGRESS", label: "In Progress" },
  { value: "OPEN_DEAL", label: "Open Deal" },
  { value: "UNQUALIFIED", label: "Unqualified" },
  { value: "ATTEMPTED_TO_CONTACT", label: "Attempted to Contact" },
  { value: "CONNECTED", label: "Connected" },
  { value: "BAD_TIMING", label: "Bad Timing" },
] as const;

/** A HubSpot lead status as typed: a default's internal value and label, or null and the label to create. */
export function hubspotLeadStatusMeaning(typed: string): { value: string | null; label: string } {
  const key = asciiLower(typed);
  const known = HUBSPOT_DEFAULT_LEAD_STATUSES.find((s) => asciiLower(s.value) === key || asciiLower(s.label) === key);
  return known ? { value: known.value, label: known.label } : { value: null, label: typed };
}

/** Stages giving one label (any case, spaces around) share one Lead Status: Salesforce's labels are unique in a picklist. */
export const salesforceStatusKey = (typed: string | null): string =>
  salesforceStatusMeaning(typed ?? "")
    .label.trim()
    .toLowerCase();

/** Salesforce's default Opportunity stages: API name and label are the same. */
export const SALESFORCE_OPPORTUNITY_STAGES = [
  "Prospecting",
  "Qualification",
  "Needs Analysis",
  "Value Proposition",
  "Id. Decision Makers",
  "Perception Analysis",
  "Proposal/Price Quote",
  "Negotiation/Review",
  "Closed Won",
  "Closed Lost",
] as const;

/** A Salesforce Opportunity stage by name: a default's exact name, or null for one to create. */
export function salesforceOpportunityStageMeaning(typed: string): string | null {
  const key = asciiLower(typed);
  return SALESFORCE_OPPORTUNITY_STAGES.find((s) => asciiLower(s) === key) ?? null;
}
