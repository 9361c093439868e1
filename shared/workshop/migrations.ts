import { SCHEMA_VERSION } from "./model";
import { ok, type Result } from "./result";
import { crmAgreementSignedAt } from "./rule-subject";
import { withoutInvisibleDeep } from "./text";
import { checkUntrusted } from "./untrusted";
import { capProblems } from "./validate";

export type Document = Record<string, unknown>;

const isDocument = (value: unknown): value is Document =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One upgrade, from one schema version to the next. */
export interface MigrationStep {
  from: number;
  to: number;
  /** Returns the upgraded document; the runner stamps the new schemaVersion. */
  upgrade(doc: Document): Document;
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);

/**
 * Schema 2: a vote says who cast it, once phones in the room vote in their
 * own name. Every vote before schema 2 was keyed in for a team, by nobody in
 * particular. Only what the step is about is touched: anything malformed is
 * left for validation to name.
 */
const votesSayWho: MigrationStep = {
  from: 1,
  to: 2,
  upgrade(doc) {
    if (!isList(doc.terms)) return doc;
    const terms = doc.terms.map((term) => {
      if (!isDocument(term) || !isDocument(term.consensus) || !isList(term.consensus.votes)) return term;
      const votes = term.consensus.votes.map((vote) =>
        isDocument(vote) && !("participantId" in vote) ? { ...vote, participantId: null } : vote,
      );
      return { ...term, consensus: { ...term.consensus, votes } };
    });
    return { ...doc, terms };
  },
};

/**
 * Schema 3: text holds no invisible control characters (shared/workshop/text.ts),
 * which could make a title read one way on screen and another in a PDF's
 * metadata or a file name. Earlier Accords accepted them; they are taken
 * out, since they never showed as anything.
 */
const noInvisibleText: MigrationStep = {
  from: 2,
  to: 3,
  upgrade: (doc) => withoutInvisibleDeep(doc),
};

/**
 * Schema 4: a workshop has a time plan (the agenda) and a session clock.
 * Earlier workshops had neither: they start with an empty plan, not started.
 */
const anAgenda: MigrationStep = {
  from: 3,
  to: 4,
  upgrade: (doc) => ({
    ...doc,
    agenda: isList(doc.agenda) ? doc.agenda : [],
    agendaStartedAt: doc.agendaStartedAt ?? null,
  }),
};

const holdsSignature = (signOff: Document | null) =>
  signOff !== null && isList(signOff.signatures) && signOff.signatures.length > 0;

/**
 * A version written in charter revision `from` that nobody has signed is
 * written in `to` from now on; one holding a signature stays, so what was
 * signed keeps its hash. The fields to spread into the upgraded document.
 */
function nextRevisionUnlessSigned(doc: Document, from: number, to: number): Document {
  const signOff = isDocument(doc.signOff) ? doc.signOff : null;
  if (signOff === null || signOff.charterFormatMinor !== from || holdsSignature(signOff)) return {};
  return { signOff: { ...signOff, charterFormatMinor: to } };
}

/**
 * Schema 5: charter format 1.1 (outcome types, the SLA calendar, what CRM
 * values mean) and the calendar itself. A workshop that already holds a
 * signature keeps writing format 1.0, so what was signed keeps its hash;
 * one with none writes 1.1 from now on. No calendar is set until the room sets one.
 */
const charterFormatOneOne: MigrationStep = {
  from: 4,
  to: 5,
  upgrade(doc) {
    const signOff = isDocument(doc.signOff) ? doc.signOff : null;
    const signed = holdsSignature(signOff);
    return {
      ...doc,
      slaCalendar: doc.slaCalendar ?? null,
      ...(signOff ? { signOff: { ...signOff, charterFormatMinor: signed ? 0 : 1 } } : {}),
    };
  },
};

/**
 * Schema 6: charter format 1.2 (the CRM set-up: stage mappings, follow-ups,
 * reason codes, qualification). Nothing is filled in, so what each version
 * writes, and any hash it was signed under, stays as it was; a workshop that
 * wrote 1.1 and holds no signature writes 1.2 from now on.
 */
const charterFormatOneTwo: MigrationStep = {
  from: 5,
  to: 6,
  upgrade: (doc) => ({ ...doc, crmRules: doc.crmRules ?? null, ...nextRevisionUnlessSigned(doc, 1, 2) }),
};

/**
 * Schema 7: charter format 1.3 (an open item's due date). Items get none, so
 * nothing signed changes; a workshop that wrote 1.2 and holds no signature
 * writes 1.3 from now on.
 */
const charterFormatOneThree: MigrationStep = {
  from: 6,
  to: 7,
  upgrade: (doc) => ({
    ...doc,
    parkingLot: isList(doc.parkingLot)
      ? doc.parkingLot.map((item) => (isDocument(item) ? { ...item, due: item.due ?? null } : item))
      : doc.parkingLot,
    ...nextRevisionUnlessSigned(doc, 2, 3),
  }),
};

/**
 * Schema 8: charter format 1.4 (each CRM rule agreed like a term, with a
 * status). A workshop that holds a signature signed its rules with its
 * charter: they count as agreed when the first signature was made. Any
 * other workshop takes them up open, and writes 1.4 from now on.
 */
const crmRulesAgreed: MigrationStep = {
  from: 7,
  to: 8,
  upgrade(doc) {
    const signOff = isDocument(doc.signOff) ? doc.signOff : null;
    const signatures = signOff && isList(signOff.signatures) ? signOff.signatures : [];
    const times = signatures.flatMap((s) => (isDocument(s) && typeof s.signedAt === "string" ? [s.signedAt] : []));
    return {
      ...withoutRuleShapedTermIds(doc),
      crmAgreement: doc.crmAgreement ?? crmAgreementSignedAt(times),
      ...nextRevisionUnlessSigned(doc, 3, 4),
    };
  },
};

/**
 * From schema 8 a CRM rule's id (crm-rule:…) stands where a term's id does,
 * so a term that an earlier Accord let take that shape (from an imported
 * charter) gets another id, and what pointed at it follows.
 */
function withoutRuleShapedTermIds(doc: Document): Document {
  if (!isList(doc.terms)) return doc;
  const taken = new Set(doc.terms.flatMap((t) => (isDocument(t) && typeof t.id === "string" ? [t.id] : [])));
  const renamed = new Map<string, string>();
  for (const id of taken) {
    if (!id.startsWith("crm-rule:")) continue;
    let next = `term-${id.slice("crm-rule:".length)}`;
    for (let n = 2; taken.has(next); n++) next = `term-${id.slice("crm-rule:".length)}-${n}`;
    taken.add(next);
    renamed.set(id, next);
  }
  if (renamed.size === 0) return doc;
  const follow = (list: unknown, key: string) =>
    isList(list)
      ? list.map((item) =>
          isDocument(item) && typeof item[key] === "string" && renamed.has(item[key] as string)
            ? { ...item, [key]: renamed.get(item[key] as string) }
            : item,
        )
      : list;
  return {
    ...doc,
    terms: follow(doc.terms, "id"),
    decisions: follow(doc.decisions, "termId"),
    agenda: follow(doc.agenda, "termId"),
  };
}

/**
 * Every upgrade ever shipped, oldest first. Bumping SCHEMA_VERSION means
 * adding a step here; the runner refuses to run a chain with a gap.
 */
export const MIGRATIONS: readonly MigrationStep[] = [
  votesSayWho,
  noInvisibleText,
  anAgenda,
  charterFormatOneOne,
  charterFormatOneTwo,
  charterFormatOneThree,
  crmRulesAgreed,
];

/**
 * Applies the steps that lead from `from` to `to`, in order. A missing or
 * misnumbered step is a bug in Accord, not in the file, so it throws.
 * Works on a copy: neither the caller's value nor any step's input is changed.
 */
export function runMigrations(doc: Document, from: number, to: number, steps: readonly MigrationStep[]): Document {
  let current: Document = structuredClone(doc);
  for (let version = from; version < to; version++) {
    const matching = steps.filter((s) => s.from === version);
    const step = matching[0];
    if (matching.length !== 1 || step === undefined || step.to !== version + 1) {
      throw new Error(
        `Migration chain is broken at schema ${version}: expected exactly one step ${version}→${version + 1}`,
      );
    }
    const upgraded = step.upgrade(structuredClone(current));
    if (!isDocument(upgraded)) throw new Error(`Migration ${step.from}→${step.to} did not return a document`);
    current = { ...upgraded, schemaVersion: step.to };
  }
  return current;
}

const refused = (message: string): Result<never> => ({ ok: false, problems: [{ path: "$", message }] });

/**
 * Brings a workshop written by any earlier Accord up to SCHEMA_VERSION, or
 * says why it cannot. The result still needs validateWorkshop: upgrading
 * says nothing about whether the content is sound.
 */
export function migrateWorkshop(
  raw: unknown,
  steps: readonly MigrationStep[] = MIGRATIONS,
  latest: number = SCHEMA_VERSION,
): Result<unknown> {
  const version = isDocument(raw) ? raw.schemaVersion : undefined;
  if (!isDocument(raw) || typeof version !== "number" || !Number.isInteger(version)) {
    return refused("has no schemaVersion: this is not an Accord workshop");
  }
  if (version > latest) {
    return refused(`was made by a newer Accord (schema ${version}); this version reads up to schema ${latest}`);
  }
  if (version === latest) return ok(raw);
  const oldest = Math.min(latest, ...steps.map((s) => s.from));
  if (version < oldest) {
    const readable = oldest === latest ? `schema ${latest}` : `schema ${oldest} to ${latest}`;
    return refused(`has schema ${version}, which no Accord ever wrote; this version reads ${readable}`);
  }
  // Upgrades copy and spread the document, so hostile keys must go first.
  const unsafe = checkUntrusted(raw);
  if (unsafe.length > 0) return { ok: false, problems: capProblems(unsafe) };
  return ok(runMigrations(raw, version, latest, steps));
}
