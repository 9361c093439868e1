/** HubSpot's lifecycle stage property, by its internal values. */
export const HUBSPOT_LIFECYCLE_STAGES = [
  "subscriber",
  "lead",
  "marketingqualifiedlead",
  "salesqualifiedlead",
  "opportunity",
  "customer",
  "evangelist",
  "other",
] as const;

/** Salesforce's default Lead Status picklist. */
export const SALESFORCE_LEAD_STATUSES = [
  "Open - Not Contacted",
  "Working - Contacted",
  "Closed - Converted",
  "Closed - Not Converted",
] as const;
