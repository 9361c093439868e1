/**
 * What each CRM accepts, as the pack checks it. Salesforce's Lead Status and
 * Opportunity Stage are 40-character fields (Lead.Status, Opportunity.StageName),
 * and a custom picklist value takes 255. HubSpot publishes no limit for an
 * option's or a deal stage's label; the pack keeps them to 100 characters.
 */
export const CRM_LIMITS = {
  apiName: 40,
  salesforceStandardValue: 40,
  salesforceCustomValue: 255,
  hubspotLabel: 100,
} as const;

/**
 * One API name for both CRMs: lowercase ASCII letters and digits in words
 * joined by single underscores, starting with a letter. HubSpot's internal
 * values and Salesforce's API names both accept it, and Salesforce refuses a
 * double underscore or a trailing one, which this shape cannot have.
 */
export const API_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** Characters XML 1.0 cannot carry at all, escaped or not (the charter's own rules refuse the rest). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export const FORECAST_LIST = "Omitted, Pipeline, BestCase, MostLikely, Forecast or Closed";
