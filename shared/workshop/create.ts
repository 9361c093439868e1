import { defaultCrmRules } from "./crm-rules";
import { newId } from "./ids";
import { SCHEMA_VERSION, type SignOff, type Team, type Workshop } from "./model";
import { freshCrmAgreement } from "./rule-subject";

/**
 * Team colours chosen to stay distinguishable for the common colour-vision
 * deficiencies (Okabe–Ito palette), darkened where needed for white text.
 */
export const TEAM_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;

export const DEFAULT_SIGNALS = [
  "Form fill",
  "Content download",
  "Event attendance",
  "Repeat visits",
  "Email reply",
  "Demo request",
  "Fits the ideal customer profile",
  "Budget",
  "Authority",
  "Need",
  "Timing",
];

export interface NewWorkshop {
  title?: string;
  organization?: string;
  date?: string;
  facilitator?: string;
}

export function createWorkshop(init: NewWorkshop = {}, makeId: () => string = newId): Workshop {
  const teams: Team[] = [
    { id: makeId(), name: "Marketing", colour: TEAM_COLOURS[0] },
    { id: makeId(), name: "Sales", colour: TEAM_COLOURS[1] },
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    id: makeId(),
    details: {
      title: init.title ?? "Untitled workshop",
      organization: init.organization ?? "",
      date: init.date ?? "",
      facilitator: init.facilitator ?? "",
    },
    teams,
    participants: [],
    stages: [],
    transitions: [],
    terms: [],
    signals: [...DEFAULT_SIGNALS],
    kpis: [],
    feedbackLoop: [],
    decisions: [],
    parkingLot: [],
    timer: { durationSeconds: 300, startedAt: null, remainingSeconds: 300 },
    agenda: [],
    agendaStartedAt: null,
    slaCalendar: null,
    crmRules: defaultCrmRules(makeId),
    crmAgreement: freshCrmAgreement(),
    signOff: freshSignOff(makeId),
  };
}

/** Version 1 of a charter of its own, signed by nobody, written in the newest format. */
export function freshSignOff(makeId: () => string = newId): SignOff {
  return {
    charterId: makeId(),
    version: 1,
    previousVersionHash: null,
    signatures: [],
    charterFormatMinor: 4,
    history: [],
  };
}
