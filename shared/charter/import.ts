import { createWorkshop, DEFAULT_SIGNALS, TEAM_COLOURS } from "../workshop/create";
import { newId } from "../workshop/ids";
import {
  type CrmAgreement,
  type CrmRuleTopic,
  MAX_TEAMS,
  MIN_TEAMS,
  type OutcomeType,
  type Stage,
  type Term,
  type Workshop,
} from "../workshop/model";
import { own } from "../workshop/own";
import { ok, type Result, refuse } from "../workshop/result";
import { crmAgreementSignedAt, freshRuleAgreement } from "../workshop/rule-subject";
import { validateWorkshop } from "../workshop/validate";
import { buildCharter } from "./build";
import { contentHash } from "./canonical";
import type { CharterCrmAgreement, CharterFile, CharterStage, CharterTerm } from "./format";
import { meaningfulCharter } from "./meaningful";
import type { OpenedCharter } from "./parse";

/** Outcome nodes carry their ending in the workshop but not in the charter; the name usually says it. */
/** Format 1.1 says how an outcome ends; a 1.0 charter does not, so its outcome's name is read for a hint. */
function outcomeOf(stage: CharterStage, oneOne: boolean): OutcomeType | null {
  if (stage.kind !== "outcome") return null;
  if (oneOne && stage.outcome) return stage.outcome;
  const name = stage.name.toLowerCase();
  if (/disqualif/.test(name)) return "disqualified";
  if (/recycl|nurture/.test(name)) return "recycled";
  if (/lost/.test(name)) return "lost";
  return "won";
}

/** Where a stage was drawn; stages the layout forgot are laid out in a row. */
function positionOf(file: CharterFile, stageId: string, index: number) {
  const at = own(file.layout.stages, stageId);
  return at ? { x: at.x, y: at.y } : { x: index * 240, y: 0 };
}

function seededTerm(term: CharterTerm, stage: CharterStage | undefined): Term {
  const criteria = stage ?? { entryCriteria: [], exitCriteria: [] };
  return {
    id: term.id,
    term: term.term,
    stageId: term.stageId,
    status: term.status,
    teamDefinitions: Object.fromEntries(term.teamDefinitions.map((d) => [d.teamId, d.text])),
    teamSignals: {},
    agreed: {
      definition: term.status === "agreed" ? term.definition : (stage?.definition ?? ""),
      entryCriteria: [...criteria.entryCriteria],
      exitCriteria: [...criteria.exitCriteria],
    },
    agreedAt: term.agreedAt,
    consensus: { method: "fist-of-five", votes: [], override: null },
  };
}

/**
 * In a workshop every stage has its term, which holds the stage's definition;
 * a charter from another tool may leave it out.
 */
function termsForUnnamedStages(stages: CharterStage[], terms: CharterTerm[], makeId: () => string): Term[] {
  const named = new Set(terms.map((t) => t.stageId));
  return stages
    .filter((s) => !named.has(s.id))
    .map((s) => {
      const agreed = s.definition !== "" || s.entryCriteria.length > 0 || s.exitCriteria.length > 0;
      const term: CharterTerm = {
        id: makeId(),
        term: s.name,
        stageId: s.id,
        definition: s.definition,
        status: agreed ? "agreed" : "open",
        teamDefinitions: [],
        agreedAt: null,
      };
      return { ...seededTerm(term, s), impliedByStage: true as const };
    });
}

/**
 * A 1.4 charter says where the room stands on each rule. An earlier one
 * does not: its rules were signed with it when its signatures hold (agreed
 * at the first), and are still to be agreed otherwise.
 */
function crmAgreementOf(file: CharterFile, stated: CharterCrmAgreement | undefined, intact: boolean): CrmAgreement {
  if (stated) {
    const rule = (r: CharterCrmAgreement[CrmRuleTopic]) => ({ ...freshRuleAgreement(), ...r });
    return {
      stageMappings: rule(stated.stageMappings),
      followUps: rule(stated.followUps),
      qualification: rule(stated.qualification),
      reasonCodes: rule(stated.reasonCodes),
    };
  }
  return crmAgreementSignedAt(intact ? file.signOff.signatures.map((s) => s.signedAt) : []);
}

/**
 * A new workshop seeded with a charter's agreed content, ids kept, so that
 * exporting it again gives the same `charter` byte for byte. An intact
 * charter's signatures come along (the workshop opens as that signed,
 * locked version); a charter that is not intact opens as a draft, since its
 * signatures approve other content.
 */
export function charterToWorkshop(opened: OpenedCharter, makeId: () => string = newId): Result<Workshop> {
  const { file, intact } = opened;
  const c = file.charter;
  if (c.teams.length < MIN_TEAMS || c.teams.length > MAX_TEAMS) {
    return refuse("$.charter.teams", `has ${c.teams.length} teams; Accord workshops have ${MIN_TEAMS} to ${MAX_TEAMS}`);
  }
  const base = createWorkshop({}, makeId);
  const minor = Math.min(file.formatMinor ?? 0, 4) as 0 | 1 | 2 | 3 | 4;
  const oneOne = minor >= 1;
  const meant = meaningfulCharter(file);
  const stageById = new Map(c.stages.map((s) => [s.id, s]));
  const stages: Stage[] = meant.stages.map((s, i) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    outcome: outcomeOf(s, oneOne),
    buyerLabel: s.buyerLabel,
    owner: { ...s.owner },
    crm: {
      hubspotLifecycleStage: s.crm.hubspotLifecycleStage,
      salesforceLeadStatus: s.crm.salesforceLeadStatus,
      ...(s.crm.setup ? { setup: { ...s.crm.setup } } : {}),
    },
    position: positionOf(file, s.id, i),
  }));
  const workshop: Workshop = {
    ...base,
    details: { title: c.title, organization: c.organization, date: c.workshopDate, facilitator: c.facilitator.name },
    teams: c.teams.map((t, i) => ({ id: t.id, name: t.name, colour: TEAM_COLOURS[i % TEAM_COLOURS.length] as string })),
    participants: c.participants.map((p) => ({ ...p })),
    stages,
    transitions: meant.transitions.map(({ followUp, ...t }) => ({
      ...t,
      owner: { ...t.owner },
      sla: t.sla && { ...t.sla },
      ...(followUp ? { followUp: { ...followUp } } : {}),
    })),
    terms: [
      ...c.terms.map((t) => seededTerm(t, t.stageId === null ? undefined : stageById.get(t.stageId))),
      ...termsForUnnamedStages(c.stages, c.terms, makeId),
    ],
    signals: [...DEFAULT_SIGNALS],
    kpis: c.kpis.map((k) => ({ ...k })),
    feedbackLoop: c.feedbackLoop.map((f) => ({ ...f })),
    decisions: c.decisions.map((d) => ({ ...d, kind: "note" })),
    parkingLot: meant.openItems.map((o) => ({ id: o.id, text: o.text, owner: o.owner, due: o.due ?? null })),
    // Only a 1.1 file means its calendar (1.0 does not know the field, nor its rules).
    slaCalendar:
      oneOne && c.slaCalendar
        ? { ...c.slaCalendar, workingDays: [...c.slaCalendar.workingDays], hours: { ...c.slaCalendar.hours } }
        : null,
    crmRules: meant.crmRules
      ? {
          reasonCodes: meant.crmRules.reasonCodes.map((r) => ({ ...r })),
          qualification: {
            ...meant.crmRules.qualification,
            exclusions: [...meant.crmRules.qualification.exclusions],
            buyingRoles: [...meant.crmRules.qualification.buyingRoles],
          },
        }
      : null,
    crmAgreement: crmAgreementOf(file, meant.crmAgreement, intact),
    signOff: {
      // Written back in the format it came in, so its hash (and its signatures) hold.
      charterFormatMinor: minor,
      charterId: c.id,
      version: c.version,
      previousVersionHash: c.previousVersionHash,
      signatures: intact
        ? file.signOff.signatures.map((s) => ({
            id: makeId(),
            participantId: s.participantId,
            name: s.name,
            signedAt: s.signedAt,
            method: s.method,
            image: s.image,
            contentHash: s.contentHash,
            ...(s.device ? { device: s.device } : {}),
          }))
        : [],
      history: [],
    },
  };
  // A charter from another tool can be valid and still break a workshop rule (two terms for one stage, say).
  const valid = validateWorkshop(workshop);
  if (!valid.ok || !intact) return valid;
  // What Accord cannot hold (fields it does not know, or of a later revision) stays in the file's own words, which the signatures approve.
  if (contentHash(buildCharter(valid.value)) === file.signOff.contentHash) return valid;
  return ok({ ...valid.value, signOff: { ...valid.value.signOff, asWritten: opened.asWritten } });
}
