import { hubspotStageMeaning, salesforceStatusMeaning } from "../journey/crm";
import {
  CRM_RULE_TOPICS,
  type CrmAgreement,
  type CrmRules,
  type Owner,
  type Signature,
  type SlaCalendar,
  type Stage,
  type Term,
  type Transition,
  type Workshop,
} from "../workshop/model";
import { own } from "../workshop/own";
import { ok, type Result, refuse } from "../workshop/result";
import { contentHash } from "./canonical";
import {
  CHARTER_FORMAT,
  CHARTER_FORMAT_VERSION,
  type Charter,
  type CharterCrmAgreement,
  type CharterFile,
  CharterSchema,
  type CharterSignature,
  type CharterSignOff,
  type CharterStage,
  type CharterTerm,
  type Layout,
} from "./format";
import { meaningfulCharter } from "./meaningful";
import { everyoneSigned } from "./signed";

export interface ExportInfo {
  appVersion: string;
  /** RFC 3339 time, supplied by the caller so this stays pure. */
  exportedAt: string;
}

const owner = (o: Owner) => ({ teamId: o.teamId, role: o.role });

/**
 * Only what the room agreed is signed: a term's definition (and a stage's
 * criteria) count once the term is agreed, and read "" and [] before that.
 */
const agreedPart = (term: Term | undefined) =>
  term?.status === "agreed"
    ? {
        definition: term.agreed.definition,
        entryCriteria: [...term.agreed.entryCriteria],
        exitCriteria: [...term.agreed.exitCriteria],
      }
    : { definition: "", entryCriteria: [], exitCriteria: [] };

function charterStage(stage: Stage, term: Term | undefined, oneOne: boolean, oneTwo: boolean): CharterStage {
  const { definition, entryCriteria, exitCriteria } = agreedPart(term);
  const { hubspotLifecycleStage, salesforceLeadStatus } = stage.crm;
  return {
    id: stage.id,
    name: stage.name,
    kind: stage.kind,
    ...(oneOne ? { outcome: stage.kind === "outcome" ? stage.outcome : null } : {}),
    buyerLabel: stage.buyerLabel,
    definition,
    entryCriteria,
    exitCriteria,
    owner: owner(stage.owner),
    crm: {
      hubspotLifecycleStage,
      salesforceLeadStatus,
      ...(oneOne
        ? {
            hubspot: hubspotLifecycleStage === null ? null : hubspotStageMeaning(hubspotLifecycleStage),
            salesforce: salesforceLeadStatus === null ? null : salesforceStatusMeaning(salesforceLeadStatus),
          }
        : {}),
      ...(oneTwo ? { setup: stage.crm.setup ? { ...stage.crm.setup } : null } : {}),
    },
  };
}

const calendar = (c: SlaCalendar | null) =>
  c === null
    ? null
    : { timeZone: c.timeZone, workingDays: [...c.workingDays], hours: { start: c.hours.start, end: c.hours.end } };

/** Whether this version of the workshop is written in charter format 1.1 or later (see SignOffSchema.charterFormatMinor). */
export const writesOneOne = (w: Workshop): boolean => w.signOff.charterFormatMinor >= 1;
/** Whether this version carries the CRM set-up (format 1.2). */
export const writesOneTwo = (w: Workshop): boolean => w.signOff.charterFormatMinor >= 2;
/** Format 1.3: open items say by when. */
export const writesOneThree = (w: Workshop): boolean => w.signOff.charterFormatMinor >= 3;
/** Format 1.4: each CRM rule has a status. */
export const writesOneFour = (w: Workshop): boolean => w.signOff.charterFormatMinor >= 4;

const crmAgreement = (a: CrmAgreement) =>
  Object.fromEntries(
    CRM_RULE_TOPICS.map((topic) => [topic, { status: a[topic].status, agreedAt: a[topic].agreedAt }]),
  ) as CharterCrmAgreement;

const crmRules = (r: CrmRules | null) =>
  r === null
    ? null
    : {
        reasonCodes: r.reasonCodes.map((c) => ({ ...c })),
        qualification: {
          ...r.qualification,
          exclusions: [...r.qualification.exclusions],
          buyingRoles: [...r.qualification.buyingRoles],
        },
      };

function charterTransition(t: Transition, oneTwo: boolean) {
  return {
    id: t.id,
    from: t.from,
    to: t.to,
    handoff: t.handoff,
    trigger: t.trigger,
    owner: owner(t.owner),
    sla: t.sla === null ? null : { within: t.sla.within, unit: t.sla.unit },
    onReject: t.onReject,
    ...(oneTwo ? { followUp: t.followUp ? { ...t.followUp } : null } : {}),
  };
}

/** Team definitions in the workshop's team order; a team that wrote nothing is left out. */
function charterTerm(w: Workshop, term: Term): CharterTerm {
  return {
    id: term.id,
    term: term.term,
    stageId: term.stageId,
    definition: agreedPart(term).definition,
    status: term.status,
    teamDefinitions: w.teams
      .filter((t) => (own(term.teamDefinitions, t.id) ?? "") !== "")
      .map((t) => ({ teamId: t.id, text: own(term.teamDefinitions, t.id) as string })),
    agreedAt: term.agreedAt,
  };
}

/**
 * A term the import made for a stage its charter gave none stays out of the
 * charter until someone gives it words, a status or a name of its own.
 */
function untouchedImplied(term: Term, stageById: ReadonlyMap<string, Stage>): boolean {
  if (!term.impliedByStage || term.stageId === null) return false;
  const stage = stageById.get(term.stageId);
  return (
    stage !== undefined &&
    term.term === stage.name &&
    term.agreedAt === null &&
    (term.status === "agreed" || term.status === "open") &&
    Object.values(term.teamDefinitions).every((text) => text === "")
  );
}

/**
 * The signed content of a workshop, exactly in the shape of charter format 1
 * (1.0 or 1.1, as the version is written: see writesOneOne).
 * Total: an unfinished workshop gives an unfinished charter (a date of "" for
 * instance), which buildCharterFile refuses to export.
 */
export function buildCharter(w: Workshop): Charter {
  const termOfStage = new Map(w.terms.filter((t) => t.stageId !== null).map((t) => [t.stageId as string, t]));
  const oneOne = writesOneOne(w);
  const oneTwo = writesOneTwo(w);
  const stageById = new Map(w.stages.map((s) => [s.id, s]));
  return {
    id: w.signOff.charterId,
    title: w.details.title,
    organization: w.details.organization,
    version: w.signOff.version,
    previousVersionHash: w.signOff.previousVersionHash,
    workshopDate: w.details.date,
    facilitator: { name: w.details.facilitator },
    ...(oneOne ? { slaCalendar: calendar(w.slaCalendar) } : {}),
    ...(oneTwo ? { crmRules: crmRules(w.crmRules) } : {}),
    ...(writesOneFour(w) ? { crmAgreement: crmAgreement(w.crmAgreement) } : {}),
    teams: w.teams.map((t) => ({ id: t.id, name: t.name })),
    participants: w.participants.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      teamId: p.teamId,
      signatory: p.signatory,
    })),
    stages: w.stages.map((s) => charterStage(s, termOfStage.get(s.id), oneOne, oneTwo)),
    transitions: w.transitions.map((t) => charterTransition(t, oneTwo)),
    terms: w.terms.filter((t) => !untouchedImplied(t, stageById)).map((t) => charterTerm(w, t)),
    kpis: w.kpis.map((k) => ({
      id: k.id,
      name: k.name,
      definition: k.definition,
      formula: k.formula,
      target: k.target,
      ownerTeamId: k.ownerTeamId,
    })),
    feedbackLoop: w.feedbackLoop.map((f) => ({
      id: f.id,
      fromTeamId: f.fromTeamId,
      toTeamId: f.toTeamId,
      what: f.what,
      cadence: f.cadence,
    })),
    decisions: w.decisions.map((d) => ({ id: d.id, text: d.text, at: d.at, termId: d.termId })),
    openItems: w.parkingLot.map((p) => ({
      id: p.id,
      text: p.text,
      owner: p.owner,
      ...(writesOneThree(w) ? { due: p.due } : {}),
    })),
  };
}

export function buildLayout(w: Workshop): Layout {
  return { stages: Object.fromEntries(w.stages.map((s) => [s.id, { x: s.position.x, y: s.position.y }])) };
}

/**
 * Only signatures of the content being exported go into the file: a
 * signature of an earlier draft approves something else, and would make
 * the file read as tampered.
 */
export function buildSignOff(w: Workshop, charter: Charter, hash: string): CharterSignOff {
  const signatures = w.signOff.signatures
    .filter((s) => s.contentHash === hash)
    .flatMap((s) => charterSignature(w, s) ?? []);
  const signatories = charter.participants.filter((p) => p.signatory).map((p) => p.id);
  const signed = everyoneSigned(signatories, new Set(signatures.map((s) => s.participantId)));
  return { contentHash: hash, status: signed ? "signed" : "draft", signatures };
}

function charterSignature(w: Workshop, s: Signature): CharterSignature | null {
  const person = w.participants.find((p) => p.id === s.participantId);
  if (!person) return null;
  return {
    participantId: s.participantId,
    name: s.name,
    role: person.role,
    teamId: person.teamId,
    signedAt: s.signedAt,
    method: s.method,
    image: s.image,
    contentHash: s.contentHash,
    ...(s.device ? { device: s.device } : {}),
  };
}

/** What keeps a workshop from being written as a format 1 charter (the format needs a date). */
export function exportProblem(w: Workshop): Result<never> | null {
  return w.details.date === "" ? refuse("$.details.date", "Set the workshop date before exporting the charter.") : null;
}

const signedCharters = new WeakMap<Workshop, Charter>();

/**
 * The `charter` a version's hash and signatures are taken over: the one
 * Accord builds, or, for an imported version that still means exactly what
 * its file said, that file's own (fields Accord does not know, or of a later
 * revision, included), so a signed charter imported and exported again keeps
 * its hash and its signatures. Anything written as kept that is not a
 * charter, or means something else now, is not used.
 */
export function signedCharter(w: Workshop): Charter {
  let charter = signedCharters.get(w);
  if (charter === undefined) {
    const built = buildCharter(w);
    const kept = w.signOff.asWritten === undefined ? null : CharterSchema.safeParse(w.signOff.asWritten);
    const same =
      kept?.success &&
      contentHash(meaningfulCharter({ formatMinor: w.signOff.charterFormatMinor, charter: kept.data })) ===
        contentHash(built);
    charter = same ? (w.signOff.asWritten as Charter) : built;
    signedCharters.set(w, charter);
  }
  return charter;
}

export async function buildCharterFile(
  w: Workshop,
  { appVersion, exportedAt }: ExportInfo,
): Promise<Result<CharterFile>> {
  const refused = exportProblem(w);
  if (refused) return refused;
  const charter = signedCharter(w);
  const hash = contentHash(charter);
  return ok({
    format: CHARTER_FORMAT,
    formatVersion: CHARTER_FORMAT_VERSION,
    ...(writesOneOne(w) ? { formatMinor: w.signOff.charterFormatMinor } : {}),
    generator: `Accord ${appVersion}`,
    exportedAt,
    charter,
    signOff: buildSignOff(w, charter, hash),
    layout: buildLayout(w),
  });
}

/** The file as Accord writes it: pretty-printed so a person can read or diff it, ending in a newline. */
export function serializeCharterFile(file: CharterFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
