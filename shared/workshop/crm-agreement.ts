import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import canonicalize from "canonicalize";
import { checkTime, firstProblem, problem, TEXT_MAX } from "./checks";
import { consensusBlocks } from "./consensus";
import { newId } from "./ids";
import { byId } from "./locate";
import {
  CRM_RULE_TOPICS,
  type CrmRuleTopic,
  type Decision,
  type Qualification,
  TERM_STATUSES,
  type TermStatus,
  type Workshop,
} from "./model";
import { plural } from "./plural";
import { ok, type Result, refuse } from "./result";
import { RULE_NAMES, withRuleAgreement } from "./rule-subject";
import { sameJson } from "./same-json";

/**
 * The CRM rules are agreed like terms: open → discussing → agreed, or
 * parked, with a consensus check, and each agreement in the decision log.
 * A rule is asked for only once it holds something: a workshop that never
 * maps a stage is not held back by an empty mapping.
 */

const blank = (s: string) => s.trim() === "";

/** What a rule is read from: a workshop, or a charter, which names these fields alike. */
export interface RuleHolder {
  stages: readonly { crm: { setup?: unknown } }[];
  transitions: readonly { handoff: boolean; followUp?: unknown }[];
  crmRules?: { qualification: Qualification; reasonCodes: readonly unknown[] } | null;
}

/** A handoff with a follow-up: the only follow-up the CRM sets up (the pack's READMEs, the CRM's workflows). */
export const followedHandoff = (t: { handoff: boolean; followUp?: unknown }): boolean =>
  t.handoff && t.followUp != null;

/** Whether a rule holds anything for the room to agree. */
export function ruleApplies(w: RuleHolder, topic: CrmRuleTopic): boolean {
  switch (topic) {
    case "stageMappings":
      return w.stages.some((s) => s.crm.setup != null);
    case "followUps":
      return w.transitions.some(followedHandoff);
    case "qualification": {
      const q = w.crmRules?.qualification;
      return (
        q !== undefined &&
        (!blank(q.idealCustomerProfile) ||
          !blank(q.handRaise) ||
          q.exclusions.length > 0 ||
          q.buyingRoles.length > 0 ||
          q.fitThreshold !== null ||
          q.engagementThreshold !== null)
      );
    }
    case "reasonCodes":
      return (w.crmRules?.reasonCodes.length ?? 0) > 0;
  }
}

/** The rules the room has something to agree on, in the order the session takes them up. */
export const applicableRules = (w: RuleHolder): CrmRuleTopic[] => CRM_RULE_TOPICS.filter((t) => ruleApplies(w, t));

/** What keeps a rule from being agreed as it stands, or null: an agreement says something whole. */
export function ruleGap(w: Workshop, topic: CrmRuleTopic): string | null {
  if (!ruleApplies(w, topic)) return `${RULE_NAMES[topic].subject} holds nothing yet: there is nothing to agree.`;
  switch (topic) {
    case "stageMappings": {
      const unmapped = w.stages.filter((s) => s.crm.setup == null);
      if (unmapped.length === 0) return null;
      const names = unmapped.slice(0, 3).map((s) => s.name.trim() || "an unnamed stage");
      const more = unmapped.length > 3 ? ` and ${unmapped.length - 3} more` : "";
      return `${plural(unmapped.length, "stage has", "stages have")} no CRM mapping (${names.join(", ")}${more}): map each, or mark it not in the CRM.`;
    }
    case "reasonCodes": {
      const unnamed = w.crmRules?.reasonCodes.filter((c) => blank(c.label)).length ?? 0;
      return unnamed === 0 ? null : `${plural(unnamed, "reason code has", "reason codes have")} no label.`;
    }
    default:
      return null;
  }
}

/** What the room agreed, in a line for the decision log. */
export function ruleSummary(w: Workshop, topic: CrmRuleTopic): string {
  switch (topic) {
    case "stageMappings": {
      const mapped = w.stages.filter((s) => s.crm.setup != null && s.crm.setup.object !== "none").length;
      const outside = w.stages.filter((s) => s.crm.setup?.object === "none").length;
      return `${plural(mapped, "stage", "stages")} mapped${outside > 0 ? `, ${outside} not in the CRM` : ""}`;
    }
    case "followUps": {
      const rules = w.transitions.flatMap((t) => (followedHandoff(t) && t.followUp ? [t.followUp] : []));
      const first = rules[0];
      const shape = first ? `, e.g. ${plural(first.attempts, "attempt", "attempts")} over ${first.overDays} days` : "";
      return `follow-ups after ${plural(rules.length, "handoff", "handoffs")}${shape}`;
    }
    case "qualification": {
      const q = w.crmRules?.qualification;
      if (!q) return "";
      const parts = [
        q.fitThreshold !== null ? `fit ≥ ${q.fitThreshold}` : null,
        q.engagementThreshold !== null ? `engagement ≥ ${q.engagementThreshold}` : null,
        blank(q.handRaise) ? null : `fast lane: ${q.handRaise.trim()}`,
        blank(q.idealCustomerProfile) ? null : `profile: ${q.idealCustomerProfile.trim()}`,
      ];
      return parts.filter((p) => p !== null).join("; ") || "who the room sells to";
    }
    case "reasonCodes":
      return (w.crmRules?.reasonCodes ?? []).map((c) => c.label.trim()).join(", ");
  }
}

const logLine = (text: string) => (text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text);

/**
 * Moves a CRM rule through open → discussing → agreed, or parks it, as
 * setTermStatus does a term: agreeing needs the rule whole (ruleGap) and a
 * consensus check that does not hold it back; agreeing and parking are
 * logged with their time.
 */
export function setRuleStatus(
  w: Workshop,
  topic: CrmRuleTopic,
  status: TermStatus,
  at: string,
  makeId: () => string = newId,
): Result {
  if (!CRM_RULE_TOPICS.includes(topic)) return refuse("topic", `"${topic}" is not a CRM rule.`);
  const rule = w.crmAgreement[topic];
  const { subject } = RULE_NAMES[topic];
  const path = `$.crmAgreement.${topic}`;
  const agreeing = status === "agreed" && rule.status !== "agreed";
  const gap = agreeing ? ruleGap(w, topic) : null;
  const held = agreeing && rule.consensus.override === null ? consensusBlocks(rule, w.teams) : [];
  const invalid = firstProblem(
    TERM_STATUSES.includes(status) ? null : problem("status", `"${status}" is not a status a rule can have.`),
    checkTime("at", at),
    gap ? problem(path, `${subject} cannot be agreed yet. ${gap}`) : null,
    held.length > 0
      ? problem(
          `${path}.consensus`,
          `${subject} cannot be agreed while the consensus check holds it back (${held.join("; ")}): resolve it, or override it with a reason.`,
        )
      : null,
  );
  if (invalid) return invalid;
  if (rule.status === status) return ok(w);
  const agreed = status === "agreed";
  const next = withRuleAgreement(w, topic, {
    ...rule,
    status,
    agreedAt: agreed ? at : null,
    agreedOn: agreed ? ruleDigest(w, topic) : null,
  });
  const logged = (kind: Decision["kind"], text: string): Decision => ({
    id: makeId(),
    kind,
    text: logLine(text),
    at,
    termId: null,
  });
  const name = RULE_NAMES[topic].inSentence;
  if (status === "agreed") {
    return ok({ ...next, decisions: [...w.decisions, logged("agreed", `Agreed ${name}: ${ruleSummary(w, topic)}`)] });
  }
  if (status === "parked") return ok({ ...next, decisions: [...w.decisions, logged("parked", `Parked ${name}`)] });
  return ok(next);
}

/** Where the room stands on each rule it has something to agree on, in order (Agree's progress counts them). */
export const ruleStatuses = (w: Workshop): TermStatus[] => applicableRules(w).map((t) => w.crmAgreement[t].status);

/** What a rule says, as plain data: what the room agrees, and what its digest is taken over. */
function ruleContent(w: Workshop, topic: CrmRuleTopic): unknown {
  switch (topic) {
    case "stageMappings":
      return w.stages.map((s) => [s.id, s.name, s.kind, s.outcome, s.crm]);
    case "followUps": {
      const name = (id: string) => byId(w.stages, id)?.name ?? "";
      return w.transitions.filter(followedHandoff).map((t) => [t.id, name(t.from), name(t.to), t.followUp]);
    }
    case "qualification":
      return w.crmRules?.qualification ?? null;
    case "reasonCodes":
      return w.crmRules?.reasonCodes ?? null;
  }
}

/**
 * A short digest of a rule's content (16 hex digits of SHA-256 of its
 * canonical JSON): the same rule, the same digest, whatever order its
 * fields were read or built in.
 */
export function ruleDigest(w: Workshop, topic: CrmRuleTopic): string {
  return digestOf(canonicalize(ruleContent(w, topic)) ?? "null");
}

/** The digest as stop 28's Accord took it, over the content in the order it had: agreements stored then still hold. */
const orderedDigest = (w: Workshop, topic: CrmRuleTopic) => digestOf(JSON.stringify(ruleContent(w, topic)));

const digestOf = (json: string) => bytesToHex(sha256(utf8ToBytes(json))).slice(0, 16);

/** Whether a rule's content is still what its agreement was taken over. */
const agreedOnThis = (w: Workshop, topic: CrmRuleTopic, digest: string) =>
  digest === ruleDigest(w, topic) || digest === orderedDigest(w, topic);

const sameStage = (a: Workshop["stages"][number], b: Workshop["stages"][number] | undefined) =>
  a === b ||
  (b !== undefined &&
    a.id === b.id &&
    a.name === b.name &&
    a.kind === b.kind &&
    a.outcome === b.outcome &&
    sameJson(a.crm, b.crm));

/** Whether a follow-up's words changed: its handoff, its numbers, or the names of the stages it joins. */
function sameFollowUps(before: Workshop, after: Workshop): boolean {
  if (before.transitions !== after.transitions) {
    if (before.transitions.length !== after.transitions.length) {
      return sameJson(ruleContent(before, "followUps"), ruleContent(after, "followUps"));
    }
    for (const [i, a] of before.transitions.entries()) {
      const b = after.transitions[i];
      if (a === b || b === undefined) continue;
      if (followedHandoff(a) !== followedHandoff(b)) return false;
      if (
        followedHandoff(a) &&
        (a.id !== b.id || a.from !== b.from || a.to !== b.to || !sameJson(a.followUp, b.followUp))
      )
        return false;
    }
  }
  if (before.stages === after.stages) return true;
  if (before.stages.length !== after.stages.length)
    return sameJson(ruleContent(before, "followUps"), ruleContent(after, "followUps"));
  const renamed = new Set(
    after.stages.filter((s, i) => before.stages[i] !== s && before.stages[i]?.name !== s.name).map((s) => s.id),
  );
  return (
    renamed.size === 0 ||
    !after.transitions.some((t) => followedHandoff(t) && (renamed.has(t.from) || renamed.has(t.to)))
  );
}

/** Whether a change left a rule's content as it was; cheap where the parts it reads are the same objects. */
function sameRule(before: Workshop, after: Workshop, topic: CrmRuleTopic): boolean {
  switch (topic) {
    case "stageMappings":
      return (
        before.stages === after.stages ||
        (before.stages.length === after.stages.length && before.stages.every((a, i) => sameStage(a, after.stages[i])))
      );
    case "followUps":
      return sameFollowUps(before, after);
    default:
      return before.crmRules === after.crmRules || sameJson(ruleContent(before, topic), ruleContent(after, topic));
  }
}

/**
 * An agreed rule is exactly what the room agreed. The write contract applies
 * this after every change: a change that alters an agreed rule opens it to
 * discussion again, with a new round of votes (the old ones, and any
 * override, were about other words). A rule whose agreement a change
 * brought (agreeing it, an undo, another window's changes joined) is held
 * to the digest it was agreed on: agreed on other words, it is open again.
 */
export function reopenChangedRules(before: Workshop, after: Workshop): Workshop {
  let next = after;
  for (const topic of CRM_RULE_TOPICS) {
    const rule = after.crmAgreement[topic];
    if (rule.status !== "agreed") continue;
    const untouched = before.crmAgreement[topic] === rule;
    if (
      untouched ? sameRule(before, after, topic) : rule.agreedOn === null || agreedOnThis(after, topic, rule.agreedOn)
    )
      continue;
    next = withRuleAgreement(next, topic, {
      ...rule,
      status: "discussing",
      agreedAt: null,
      agreedOn: null,
      consensus: { ...rule.consensus, votes: [], override: null },
    });
  }
  return next;
}
