import { defaultSlaCalendar } from "../../shared/workshop/calendar";
import type { Stage, Term, Transition, Workshop } from "../../shared/workshop/model";
import { agreedCrmAgreement, freshRuleAgreement } from "../../shared/workshop/rule-subject";
import { aWorkshop } from "../builders";

const WATERFALL = ["Inquiry", "Marketing Qualified Lead", "Sales Accepted Lead", "Sales Qualified Lead", "Opportunity"];
const AT = "2026-11-22T14:05:00Z";
const LONG =
  "Fits the ideal customer profile (B2B, 50–5,000 employees, operating in Łódź, Ærøskøbing, São Paulo or anywhere Müller & Co. sell) and has shown intent within the last 30 days: a demo request, a pricing-page visit followed by a reply, or attendance at two or more events. ";

export interface RealisticOptions {
  /** Stages in the journey, outcomes included (at least 3). */
  stages?: number;
  /** Terms in the glossary, one per stage plus free terms. */
  terms?: number;
  /** Repeats the long definition this many times on the first stage, to force page breaks inside an entry. */
  longText?: number;
}

/**
 * A workshop as a real room leaves it: a demand waterfall (stretched to the
 * size asked for), handoffs with SLAs, agreed definitions with criteria,
 * KPIs, a feedback loop, decisions and open items, names from four languages.
 */
export function aRealisticWorkshop({
  stages: stageCount = 8,
  terms: termCount = 12,
  longText = 1,
}: RealisticOptions = {}): Workshop {
  const w = aWorkshop({
    title: "Acme Revenue Alignment Charter",
    organization: "Acme Łódź GmbH",
    date: "2026-11-22",
    facilitator: "Zoë Müller",
  });
  const [mkt, sales] = w.teams.map((t) => t.id) as [string, string];
  const journeyLength = stageCount - 3;
  const names = Array.from({ length: journeyLength }, (_, i) => WATERFALL[i] ?? `Stage ${i + 1}`);
  const stages: Stage[] = [
    ...names.map((name, i) => ({
      id: `s-${i}`,
      name,
      kind: "stage" as const,
      outcome: null,
      buyerLabel: ["Curious", "Engaged", "Interested", "Evaluating", "Deciding"][i] ?? null,
      owner: { teamId: i < 2 ? mkt : sales, role: i < 2 ? "Marketing ops" : "SDR" },
      crm: {
        hubspotLifecycleStage: i === 1 ? "marketingqualifiedlead" : null,
        salesforceLeadStatus: i === 2 ? "Working - Contacted" : null,
      },
      position: { x: (i % 8) * 460, y: Math.floor(i / 8) * 320 },
    })),
    ...(["Closed Won", "Closed Lost", "Recycled to nurture"] as const).map((name, i) => ({
      id: `o-${i}`,
      name,
      kind: "outcome" as const,
      outcome: (["won", "lost", "recycled"] as const)[i] ?? "won",
      buyerLabel: null,
      owner: { teamId: sales, role: "Account executive" },
      crm: { hubspotLifecycleStage: i === 0 ? "customer" : null, salesforceLeadStatus: null },
      position: { x: ((journeyLength + i) % 8) * 460, y: Math.floor((journeyLength + i) / 8) * 320 + 200 },
    })),
  ];
  const transitions: Transition[] = [
    ...stages.slice(1, journeyLength).map((s, i) => ({
      id: `x-${i}`,
      from: `s-${i}`,
      to: s.id,
      handoff: i === 1 || i === 2,
      trigger: i === 1 ? "Lead score reaches 80 and the contact has a business email" : "Qualification call booked",
      owner: { teamId: i < 1 ? mkt : sales, role: "SDR" },
      sla:
        i === 1
          ? { within: 24, unit: "business-hours" as const }
          : i === 2
            ? { within: 2, unit: "business-days" as const }
            : null,
      onReject:
        i === 1
          ? "Back to marketing nurture with a reason code (misrouted, incomplete record, outside criteria)"
          : null,
    })),
    {
      id: "x-won",
      from: `s-${journeyLength - 1}`,
      to: "o-0",
      handoff: false,
      trigger: "Contract signed",
      owner: { teamId: sales, role: "AE" },
      sla: null,
      onReject: null,
    },
    {
      id: "x-lost",
      from: `s-${journeyLength - 1}`,
      to: "o-1",
      handoff: false,
      trigger: "Lost to competitor or no decision",
      owner: { teamId: sales, role: "AE" },
      sla: null,
      onReject: null,
    },
    {
      id: "x-recycle",
      from: "s-2",
      to: "o-2",
      handoff: true,
      trigger: "Rejected by sales with a reason code",
      owner: { teamId: mkt, role: "Marketing ops" },
      sla: { within: 5, unit: "days" as const },
      onReject: null,
    },
  ];
  const stageTerms: Term[] = stages.map((s, i) => ({
    id: `t-${s.id}`,
    term: s.name,
    stageId: s.id,
    status: "agreed",
    teamDefinitions: { [mkt]: `Marketing's view of ${s.name}`, [sales]: `Sales' view of ${s.name}` },
    teamSignals: {},
    agreed: {
      definition: i === 0 ? LONG.repeat(longText).trim() : `A buyer at ${s.name}: ${LONG.slice(0, 120 + (i % 5) * 40)}`,
      entryCriteria: [
        "Matches the ideal customer profile",
        "Has a valid business email",
        ...(i % 3 === 0 ? ["Budget confirmed by the buyer"] : []),
      ],
      exitCriteria: ["Accepted by the next owner", "Or rejected with a reason code"],
    },
    agreedAt: AT,
    consensus: { method: "fist-of-five", votes: [], override: null },
  }));
  const freeTerms: Term[] = Array.from({ length: Math.max(0, termCount - stages.length) }, (_, i) => ({
    id: `t-free-${i}`,
    term: ["Lead", "Intent", "Fit", "Qualified", "Pipeline"][i] ?? `Term ${i + 1}`,
    stageId: null,
    status: i % 4 === 3 ? "parked" : "agreed",
    teamDefinitions: {},
    teamSignals: {},
    agreed: {
      definition: `What the room means by this word, number ${i + 1}: a person at a company we could serve.`,
      entryCriteria: [],
      exitCriteria: [],
    },
    agreedAt: i % 4 === 3 ? null : AT,
    consensus: { method: "fist-of-five", votes: [], override: null },
  }));
  return {
    ...w,
    slaCalendar: defaultSlaCalendar("Europe/Warsaw"),
    participants: [
      { id: "p-1", name: "Anna Łódź", role: "Chief Marketing Officer", teamId: mkt, signatory: true },
      { id: "p-2", name: "Jürgen Müller", role: "VP Sales", teamId: sales, signatory: true },
      { id: "p-3", name: "Freja Ærøskøbing", role: "Head of SDR", teamId: sales, signatory: true },
      { id: "p-4", name: "João São Paulo", role: "Marketing ops", teamId: mkt, signatory: false },
    ],
    stages,
    transitions,
    terms: [...stageTerms, ...freeTerms],
    kpis: [
      {
        id: "k-1",
        name: "MQL acceptance rate",
        definition: "MQLs accepted by sales ÷ MQLs sent, per month",
        formula: "accepted ÷ sent",
        target: "≥ 90%",
        ownerTeamId: sales,
      },
      {
        id: "k-2",
        name: "Pipeline velocity",
        definition: "How fast pipeline turns into revenue",
        formula: "opportunities × win rate × average deal size ÷ cycle length",
        target: "+15% year on year",
        ownerTeamId: null,
      },
      {
        id: "k-3",
        name: "SQL-to-opportunity rate",
        definition: "SQLs that become opportunities within 30 days",
        formula: null,
        target: "35%",
        ownerTeamId: sales,
      },
    ],
    feedbackLoop: [
      {
        id: "f-1",
        fromTeamId: sales,
        toTeamId: mkt,
        what: "Rejected leads with reason codes, and win/loss reasons by lead source",
        cadence: "Weekly",
      },
      {
        id: "f-2",
        fromTeamId: mkt,
        toTeamId: sales,
        what: "Campaign calendar and the MQL forecast",
        cadence: "Monthly",
      },
    ],
    decisions: [
      {
        id: "d-1",
        kind: "agreed",
        text: "Agreed Marketing Qualified Lead: score over 80 with a business email.",
        at: AT,
        termId: "t-s-1",
      },
      {
        id: "d-2",
        kind: "note",
        text: "SLA for MQL → SAL set to 24 business hours; 72 hours is the hard maximum.",
        at: "2026-11-22T15:10:00+01:00",
        termId: null,
      },
    ],
    parkingLot: [
      {
        id: "pl-1",
        text: "Lead scoring model: revisit after one quarter of data.",
        owner: "Jürgen Müller",
        due: "2027-03-31",
      },
      { id: "pl-2", text: "Partner-sourced leads: who owns them?", owner: null, due: null },
    ],
    // The room agreed the reason codes and the mapping; it parked follow-ups and scoring for a later session.
    crmAgreement: {
      ...agreedCrmAgreement("2026-11-22T15:20:00+01:00"),
      followUps: { ...freshRuleAgreement(), status: "parked" },
      qualification: { ...freshRuleAgreement(), status: "parked" },
    },
    signOff: { ...w.signOff, charterId: "charter-acme" },
  };
}
