import { planHalfDay } from "../../shared/workshop/agenda";
import { TEAM_COLOURS } from "../../shared/workshop/create";
import type { Term, Workshop } from "../../shared/workshop/model";
import { expectOk, sequentialIds } from "../builders";
import { aRealisticWorkshop } from "../charter/realistic-workshop";

const PROPOSAL =
  "A contact whose lead score reached 80 from at least two content downloads, who works at a company in our ideal customer profile (50 to 5,000 employees, B2B), holds a role in our buyer personas and has asked to talk to us or visited pricing twice in a month. ";

/**
 * A workshop in the middle of its session, as the room screen meets it: the
 * second stage under discussion with each team's own words, votes cast on
 * it, eight people in the room, a half-day agenda
 * with the stage's own time on Agree, nobody signed yet.
 */
export function aWorkshopInSession(): Workshop {
  const w = aRealisticWorkshop({ stages: 8, terms: 12 });
  const [mkt, sales] = w.teams.map((t) => t.id) as [string, string];
  const mql = w.terms.find((t) => t.id === "t-s-1") as Term;
  const discussed: Partial<Term> = {
    status: "discussing",
    agreedAt: null,
    // A proposal far longer than a screen: the room reads it a part at a time.
    agreed: { ...mql.agreed, definition: PROPOSAL.repeat(6).trim() },
    teamDefinitions: {
      [mkt]:
        "A contact who downloaded two or more pieces of content and reached a lead score of 80, with a business email and a job title in our buyer personas.",
      [sales]:
        "A contact at a company in our ideal customer profile who has asked to talk to us, has a problem we solve, and could buy within two quarters.",
    },
    consensus: {
      method: "fist-of-five",
      votes: [
        { id: "v1", teamId: mkt, participantId: null, value: 4 },
        { id: "v2", teamId: mkt, participantId: null, value: 5 },
        { id: "v3", teamId: sales, participantId: null, value: 2 },
        { id: "v4", teamId: sales, participantId: null, value: 3 },
        { id: "v5", teamId: sales, participantId: null, value: 4 },
      ],
      override: null,
    },
  };
  const terms = w.terms.map((t) => (t.id === "t-s-1" ? { ...t, ...discussed } : t));
  const people = [
    { id: "p-5", name: "Kwame Mensah", role: "Account executive", teamId: sales, signatory: false },
    { id: "p-6", name: "Mei Chen", role: "Content lead", teamId: mkt, signatory: false },
    { id: "p-7", name: "Sofía García", role: "SDR", teamId: sales, signatory: false },
    { id: "p-8", name: "Oskar Nilsson", role: "Demand generation", teamId: mkt, signatory: false },
  ];
  return {
    ...w,
    terms,
    participants: [...w.participants, ...people],
    timer: { durationSeconds: 600, startedAt: null, remainingSeconds: 420 },
    agenda: [
      ...expectOk(planHalfDay(w, sequentialIds("a"))).agenda,
      { id: "a-mql", part: "agreement" as const, termId: "t-s-1", minutes: 15 },
    ],
    agendaStartedAt: "2026-11-22T09:00:00Z",
  };
}

const SIX_TEAMS = [
  "Marketing",
  "Sales development",
  "Account executives",
  "Customer success",
  "Revenue operations",
  "Leadership",
];

/**
 * The crowded case: six teams with long names, each with its own long
 * definition of the term under discussion (words like "disqualification"
 * that barely fit a column), all of them voting.
 */
export function aSixTeamWorkshop(): Workshop {
  const w = aWorkshopInSession();
  const teams = SIX_TEAMS.map((name, i) => ({ id: `team-${i}`, name, colour: TEAM_COLOURS[i] ?? "#000000" }));
  const byOld = new Map(w.teams.map((t, i) => [t.id, `team-${i}`]));
  const moved = (id: string) => byOld.get(id) ?? id;
  const texts = Object.fromEntries(
    teams.map((t, i) => [
      t.id,
      `${t.name} counts a lead as qualified after ${i + 2} touches, before any disqualification, and only with a documented ${["budget", "need", "timeline", "champion", "fit score", "mandate"][i]} from the buyer's own words.`,
    ]),
  );
  return {
    ...w,
    teams,
    participants: w.participants.map((p) => ({ ...p, teamId: moved(p.teamId) })),
    stages: w.stages.map((s) => ({ ...s, owner: { ...s.owner, teamId: s.owner.teamId && moved(s.owner.teamId) } })),
    transitions: w.transitions.map((t) => ({
      ...t,
      owner: { ...t.owner, teamId: t.owner.teamId && moved(t.owner.teamId) },
    })),
    kpis: w.kpis.map((k) => ({ ...k, ownerTeamId: k.ownerTeamId && moved(k.ownerTeamId) })),
    feedbackLoop: w.feedbackLoop.map((f) => ({ ...f, fromTeamId: moved(f.fromTeamId), toTeamId: moved(f.toTeamId) })),
    terms: w.terms.map((t) => ({
      ...t,
      teamDefinitions: t.id === "t-s-1" ? texts : {},
      teamSignals: {},
      consensus: {
        ...t.consensus,
        votes:
          t.id === "t-s-1"
            ? teams.map((team, i) => ({ id: `v-${i}`, teamId: team.id, participantId: null, value: (i % 5) + 1 }))
            : [],
      },
    })),
  };
}
