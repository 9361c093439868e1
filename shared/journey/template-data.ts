import type { OutcomeType, Sla } from "../workshop/model";

/** Which of the room's teams owns a stage, resolved against the workshop's own team names. */
export type TeamPart = "marketing" | "sales" | "success";

export interface TemplateStage {
  key: string;
  name: string;
  buyerLabel: string | null;
  owner: TeamPart;
  role: string;
  outcome?: OutcomeType;
  hubspot?: string;
  salesforce?: string;
}

export interface TemplateTransition {
  from: string;
  to: string;
  trigger: string;
  sla?: Sla;
  onReject?: string;
}

export const TEMPLATE_KEYS = ["blank", "demand-waterfall", "crm-lifecycle", "buyer-language", "bowtie"] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface JourneyTemplate {
  key: TemplateKey;
  name: string;
  description: string;
  stages: TemplateStage[];
  transitions: TemplateTransition[];
}

const SALES_REJECTS =
  "Sales rejects before first contact, giving a reason: misrouted, incomplete record, or outside the agreed criteria. The lead goes back to marketing with that reason code.";

const demandWaterfall: JourneyTemplate = {
  key: "demand-waterfall",
  name: "Demand waterfall",
  description:
    "The classic funnel from SiriusDecisions (2006): an inquiry becomes a marketing qualified lead, sales accepts it, then qualifies it, and it closes won or lost. A good start when both teams already say MQL and SQL.",
  stages: [
    {
      key: "inquiry",
      name: "Inquiry",
      buyerLabel: "Raised a hand",
      owner: "marketing",
      role: "Demand generation",
      hubspot: "lead",
      salesforce: "Open - Not Contacted",
    },
    {
      key: "mql",
      name: "MQL",
      buyerLabel: "Showing real interest",
      owner: "marketing",
      role: "Marketing operations",
      hubspot: "marketingqualifiedlead",
      salesforce: "Open - Not Contacted",
    },
    {
      key: "sal",
      name: "SAL",
      buyerLabel: "Ready for a first call",
      owner: "sales",
      role: "SDR",
      salesforce: "Working - Contacted",
    },
    {
      key: "sql",
      name: "SQL",
      buyerLabel: "Exploring a purchase",
      owner: "sales",
      role: "Account executive",
      hubspot: "salesqualifiedlead",
      salesforce: "Closed - Converted",
    },
    {
      key: "won",
      name: "Closed/Won",
      buyerLabel: "Bought",
      owner: "sales",
      role: "Account executive",
      outcome: "won",
      hubspot: "customer",
    },
    {
      key: "lost",
      name: "Closed/Lost",
      buyerLabel: "Went elsewhere",
      owner: "sales",
      role: "Account executive",
      outcome: "lost",
    },
  ],
  transitions: [
    { from: "inquiry", to: "mql", trigger: "Meets the agreed fit and engagement score" },
    {
      from: "mql",
      to: "sal",
      trigger: "Meets the agreed MQL criteria",
      sla: { within: 24, unit: "hours" },
      onReject: SALES_REJECTS,
    },
    { from: "sal", to: "sql", trigger: "A first conversation confirms need, budget, authority and timing" },
    { from: "sql", to: "won", trigger: "Contract signed" },
    { from: "sql", to: "lost", trigger: "Buyer chooses another option or stops" },
  ],
};

const crmLifecycle: JourneyTemplate = {
  key: "crm-lifecycle",
  name: "CRM lifecycle",
  description:
    "HubSpot's lifecycle stages, from subscriber to evangelist, each mapped to its internal value and to Salesforce's default lead status, so what the room agrees can go straight into the CRM.",
  stages: [
    {
      key: "subscriber",
      name: "Subscriber",
      buyerLabel: "Reads what we publish",
      owner: "marketing",
      role: "Content",
      hubspot: "subscriber",
    },
    {
      key: "lead",
      name: "Lead",
      buyerLabel: "Shared their details",
      owner: "marketing",
      role: "Demand generation",
      hubspot: "lead",
      salesforce: "Open - Not Contacted",
    },
    {
      key: "mql",
      name: "Marketing qualified lead",
      buyerLabel: "Engaging often, fits our profile",
      owner: "marketing",
      role: "Marketing operations",
      hubspot: "marketingqualifiedlead",
      salesforce: "Open - Not Contacted",
    },
    {
      key: "sql",
      name: "Sales qualified lead",
      buyerLabel: "Talking to us about a need",
      owner: "sales",
      role: "SDR",
      hubspot: "salesqualifiedlead",
      salesforce: "Working - Contacted",
    },
    {
      key: "opportunity",
      name: "Opportunity",
      buyerLabel: "Evaluating a purchase with us",
      owner: "sales",
      role: "Account executive",
      hubspot: "opportunity",
      salesforce: "Closed - Converted",
    },
    {
      key: "customer",
      name: "Customer",
      buyerLabel: "Bought from us",
      owner: "success",
      role: "Customer success manager",
      hubspot: "customer",
    },
    {
      key: "evangelist",
      name: "Evangelist",
      buyerLabel: "Recommends us to others",
      owner: "success",
      role: "Customer success manager",
      hubspot: "evangelist",
    },
    {
      key: "other",
      name: "Not a fit",
      buyerLabel: "Not someone we can help",
      owner: "sales",
      role: "SDR",
      outcome: "disqualified",
      hubspot: "other",
      salesforce: "Closed - Not Converted",
    },
  ],
  transitions: [
    { from: "subscriber", to: "lead", trigger: "Fills in a form with their details" },
    { from: "lead", to: "mql", trigger: "Reaches the agreed lead score and fits the profile" },
    {
      from: "mql",
      to: "sql",
      trigger: "Meets the agreed MQL criteria",
      sla: { within: 24, unit: "hours" },
      onReject: SALES_REJECTS,
    },
    { from: "sql", to: "opportunity", trigger: "Sales confirms a qualified opportunity" },
    { from: "opportunity", to: "customer", trigger: "Deal closed won", sla: { within: 2, unit: "business-days" } },
    { from: "customer", to: "evangelist", trigger: "Agrees to be a reference" },
    { from: "sql", to: "other", trigger: "Disqualified after contact: no need, no budget or no interest" },
  ],
};

const buyerLanguage: JourneyTemplate = {
  key: "buyer-language",
  name: "Buyer language",
  description:
    "Stages named for what the buyer is doing, not for our jargon: curious, engaged, interested, evaluating. Useful when the room keeps arguing about acronyms.",
  stages: [
    {
      key: "curious",
      name: "Curious",
      buyerLabel: "Learning, aware of us, not ready to talk",
      owner: "marketing",
      role: "Content",
    },
    {
      key: "engaged",
      name: "Engaged",
      buyerLabel: "Returning, attending, replying: intent, no raised hand",
      owner: "marketing",
      role: "Demand generation",
    },
    {
      key: "interested",
      name: "Interested",
      buyerLabel: "Asked for a demo or a conversation",
      owner: "sales",
      role: "SDR",
    },
    {
      key: "evaluating",
      name: "Evaluating",
      buyerLabel: "Comparing options, building the case",
      owner: "sales",
      role: "Account executive",
    },
    {
      key: "bought",
      name: "Bought",
      buyerLabel: "Signed with us",
      owner: "sales",
      role: "Account executive",
      outcome: "won",
    },
    {
      key: "elsewhere",
      name: "Chose another way",
      buyerLabel: "Bought elsewhere or did nothing",
      owner: "sales",
      role: "Account executive",
      outcome: "lost",
    },
    {
      key: "later",
      name: "Not now",
      buyerLabel: "Interested, but not this quarter",
      owner: "marketing",
      role: "Demand generation",
      outcome: "recycled",
    },
  ],
  transitions: [
    { from: "curious", to: "engaged", trigger: "Comes back: repeat visits, an event, a reply" },
    {
      from: "engaged",
      to: "interested",
      trigger: "Asks for a demo or a call",
      sla: { within: 1, unit: "hours" },
      onReject: SALES_REJECTS,
    },
    { from: "interested", to: "evaluating", trigger: "Agrees there is a problem worth solving now" },
    { from: "evaluating", to: "bought", trigger: "Signs" },
    { from: "evaluating", to: "elsewhere", trigger: "Chooses another option or stays as they are" },
    {
      from: "interested",
      to: "later",
      trigger: "No urgency yet, with a reason code",
      sla: { within: 2, unit: "business-days" },
    },
  ],
};

const bowtie: JourneyTemplate = {
  key: "bowtie",
  name: "Bowtie",
  description:
    "Winning by Design's bowtie: the journey does not end at the sale. Awareness, education and selection lead to commit, then onboarding, impact and growth, where customers buy again.",
  stages: [
    {
      key: "awareness",
      name: "Awareness",
      buyerLabel: "Realises there is a problem",
      owner: "marketing",
      role: "Content",
    },
    {
      key: "education",
      name: "Education",
      buyerLabel: "Learning how it could be solved",
      owner: "marketing",
      role: "Demand generation",
    },
    {
      key: "selection",
      name: "Selection",
      buyerLabel: "Choosing a solution and a supplier",
      owner: "sales",
      role: "Account executive",
    },
    { key: "commit", name: "Commit", buyerLabel: "Signs and commits", owner: "sales", role: "Account executive" },
    { key: "onboard", name: "Onboard", buyerLabel: "Getting set up", owner: "success", role: "Onboarding specialist" },
    {
      key: "impact",
      name: "Impact",
      buyerLabel: "Seeing the result they paid for",
      owner: "success",
      role: "Customer success manager",
    },
    {
      key: "growth",
      name: "Growth",
      buyerLabel: "Renewing, buying more, recommending",
      owner: "success",
      role: "Account manager",
    },
    {
      key: "lost",
      name: "Lost",
      buyerLabel: "Chose someone else",
      owner: "sales",
      role: "Account executive",
      outcome: "lost",
    },
  ],
  transitions: [
    { from: "awareness", to: "education", trigger: "Engages with educational content" },
    {
      from: "education",
      to: "selection",
      trigger: "Asks to talk to sales",
      sla: { within: 24, unit: "hours" },
      onReject: SALES_REJECTS,
    },
    { from: "selection", to: "commit", trigger: "Agrees terms" },
    {
      from: "commit",
      to: "onboard",
      trigger: "Contract signed, handover call booked",
      sla: { within: 2, unit: "business-days" },
    },
    { from: "onboard", to: "impact", trigger: "First agreed result delivered" },
    { from: "impact", to: "growth", trigger: "Renewal or expansion conversation opens" },
    { from: "selection", to: "lost", trigger: "Chooses another supplier or does nothing" },
  ],
};

const blank: JourneyTemplate = {
  key: "blank",
  name: "Blank",
  description: "An empty map: draw the journey the room describes, one stage at a time.",
  stages: [],
  transitions: [],
};

export const TEMPLATES: readonly JourneyTemplate[] = [blank, demandWaterfall, crmLifecycle, buyerLanguage, bowtie];
