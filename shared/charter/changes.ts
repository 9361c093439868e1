import { describeSlaCalendar } from "../workshop/calendar";
import { CRM_RULE_TOPICS } from "../workshop/model";
import { RULE_NAMES } from "../workshop/rule-subject";
import { sameJson } from "../workshop/same-json";
import type { Charter, CharterSlaCalendar } from "./format";
import { describeMapping } from "./mapping";
import { followUpAttempts, formatOwner, formatSla, teamName, transitionName } from "./wording";

export type ChangeSection =
  | "details"
  | "teams"
  | "participants"
  | "stages"
  | "transitions"
  | "terms"
  | "kpis"
  | "feedbackLoop"
  | "decisions"
  | "openItems"
  | "crmRules";

export interface CharterChange {
  section: ChangeSection;
  /** One readable line: "Stage MQL: definition changed", "SLA for MQL → SAL: 24 hours → 4 hours". */
  text: string;
}

/** Values short enough to show side by side; longer text just "changed". */
const SHOWN_MAX = 60;
const quote = (text: string) => (text.trim() === "" ? "(blank)" : text.trim());
const shortened = (text: string) => (text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX - 1)}…` : text);

function field(label: string, before: string | null, after: string | null): string | null {
  if (before === after) return null;
  const b = quote(before ?? "");
  const a = quote(after ?? "");
  if (b.length > SHOWN_MAX || a.length > SHOWN_MAX) return `${label} changed`;
  return `${label}: ${b} → ${a}`;
}

const listText = (list: readonly string[]) => list.join("\n");
const criteria = (label: string, before: readonly string[], after: readonly string[]) =>
  listText(before) === listText(after) ? null : `${label} changed`;

interface Identified {
  id: string;
}

/**
 * Pairs items by id (ids survive renames) and reports added, removed and
 * changed ones. `describe` returns the differences of one pair, already worded.
 */
function diffList<T extends Identified>(
  section: ChangeSection,
  before: readonly T[],
  after: readonly T[],
  name: (item: T, side: "before" | "after") => string,
  describe: (b: T, a: T) => (string | null)[],
): CharterChange[] {
  const changes: CharterChange[] = [];
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Set(after.map((item) => item.id));
  for (const item of before) if (!now.has(item.id)) changes.push({ section, text: `${name(item, "before")} removed` });
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) {
      changes.push({ section, text: `${name(item, "after")} added` });
      continue;
    }
    for (const difference of describe(was, item)) {
      if (difference !== null) changes.push({ section, text: `${name(item, "after")}: ${difference}` });
    }
  }
  const order = (list: readonly T[]) =>
    list
      .filter((x) => old.has(x.id) && now.has(x.id))
      .map((x) => x.id)
      .join();
  if (order(before) !== order(after)) changes.push({ section, text: `${sectionLabel[section]}: order changed` });
  return changes;
}

/** Each section's heading, as the screen and the PDF group the lines. */
export const sectionLabel: Record<ChangeSection, string> = {
  details: "Details",
  teams: "Teams",
  participants: "Participants",
  stages: "Stages",
  transitions: "Transitions",
  terms: "Glossary",
  kpis: "KPIs",
  feedbackLoop: "Feedback loop",
  decisions: "Decisions",
  openItems: "Open items",
  crmRules: "CRM rules",
};

const mapping = (s: Charter["stages"][number]) => (s.crm.setup === undefined ? null : describeMapping(s));
const followUp = (t: Charter["transitions"][number]) =>
  t.followUp ? `${followUpAttempts(t.followUp)}, missed: ${quote(t.followUp.escalateTo)}` : "none";

/** Format 1.2's rules: compared only when both versions state them, so moving from 1.1 is no change. */
function crmRuleChanges(p: Charter, n: Charter): CharterChange[] {
  if (p.crmRules === undefined || n.crmRules === undefined) return [];
  const codes = diffList(
    "crmRules",
    p.crmRules?.reasonCodes ?? [],
    n.crmRules?.reasonCodes ?? [],
    (r) => `Reason code ${quote(r.label)}`,
    (b, a) => [
      field("name", b.label, a.label),
      field("API name", b.apiName, a.apiName),
      field("kind", b.kind, a.kind),
      b.description === a.description ? null : "meaning changed",
      field("looked at again after", String(b.revisitAfterDays ?? "—"), String(a.revisitAfterDays ?? "—")),
    ],
  );
  const qualification: CharterChange[] = sameJson(p.crmRules?.qualification ?? null, n.crmRules?.qualification ?? null)
    ? []
    : [{ section: "crmRules", text: "Qualification rules changed" }];
  return [...codes, ...qualification, ...crmStandingChanges(p, n)];
}

/** Format 1.4: a rule agreed, parked or reopened since the last version; compared only when both state it. */
function crmStandingChanges(p: Charter, n: Charter): CharterChange[] {
  const before = p.crmAgreement;
  const after = n.crmAgreement;
  if (!before || !after) return [];
  return CRM_RULE_TOPICS.flatMap((topic) => {
    const text = field(RULE_NAMES[topic].title, before[topic].status, after[topic].status);
    return text === null ? [] : [{ section: "crmRules" as const, text }];
  });
}

const workingHours = (c: CharterSlaCalendar | null | undefined) => (c ? describeSlaCalendar(c) : "not set");

/** What changed from one charter version to the next, in charter order, as lines a room can read. */
export function charterChanges(previous: Charter, next: Charter): CharterChange[] {
  const p = previous;
  const n = next;
  const details = [
    field("Title", p.title, n.title),
    field("Organisation", p.organization, n.organization),
    field("Workshop date", p.workshopDate, n.workshopDate),
    field("Facilitator", p.facilitator.name, n.facilitator.name),
    // A 1.0 version states no calendar; "not set" reads the same as a 1.1 version that set none.
    field("Working hours", workingHours(p.slaCalendar), workingHours(n.slaCalendar)),
  ].flatMap((text) => (text === null ? [] : [{ section: "details" as const, text }]));
  const side = (s: "before" | "after") => (s === "before" ? p : n);

  return [
    ...details,
    ...diffList(
      "teams",
      p.teams,
      n.teams,
      (t) => `Team ${quote(t.name)}`,
      (b, a) => [field("name", b.name, a.name)],
    ),
    ...diffList(
      "participants",
      p.participants,
      n.participants,
      (x) => `Participant ${quote(x.name)}`,
      (b, a) => [
        field("name", b.name, a.name),
        field("role", b.role, a.role),
        field("team", teamName(p, b.teamId), teamName(n, a.teamId)),
        b.signatory === a.signatory ? null : a.signatory ? "now signs" : "no longer signs",
      ],
    ),
    ...diffList(
      "stages",
      p.stages,
      n.stages,
      (s) => `Stage ${quote(s.name)}`,
      (b, a) => [
        field("name", b.name, a.name),
        b.kind === a.kind ? null : `now ${a.kind === "outcome" ? "an outcome" : "a stage"}`,
        // Compared only when both versions state it (format 1.1), so moving from 1.0 is no change.
        b.outcome === undefined || a.outcome === undefined ? null : field("outcome", b.outcome, a.outcome),
        field("buyer's label", b.buyerLabel, a.buyerLabel),
        b.definition === a.definition
          ? null
          : b.definition === ""
            ? "definition agreed"
            : a.definition === ""
              ? "definition withdrawn"
              : "definition changed",
        criteria("entry criteria", b.entryCriteria, a.entryCriteria),
        criteria("exit criteria", b.exitCriteria, a.exitCriteria),
        field("owner", formatOwner(p, b.owner), formatOwner(n, a.owner)),
        field("HubSpot lifecycle stage", b.crm.hubspotLifecycleStage, a.crm.hubspotLifecycleStage),
        field("Salesforce lead status", b.crm.salesforceLeadStatus, a.crm.salesforceLeadStatus),
        mapping(b) === null || mapping(a) === null ? null : field("CRM set-up", mapping(b), mapping(a)),
      ],
    ),
    ...transitionChanges(p, n),
    ...diffList(
      "terms",
      p.terms,
      n.terms,
      (t) => `Term ${quote(t.term)}`,
      (b, a) => [
        field("name", b.term, a.term),
        field("status", b.status, a.status),
        b.definition === a.definition || b.definition === "" || a.definition === "" ? null : "definition changed",
      ],
    ),
    ...diffList(
      "kpis",
      p.kpis,
      n.kpis,
      (k) => `KPI ${quote(k.name)}`,
      (b, a) => [
        field("name", b.name, a.name),
        b.definition === a.definition ? null : "definition changed",
        field("formula", b.formula, a.formula),
        field("target", b.target, a.target),
        field("owner", teamName(p, b.ownerTeamId), teamName(n, a.ownerTeamId)),
      ],
    ),
    ...diffList(
      "feedbackLoop",
      p.feedbackLoop,
      n.feedbackLoop,
      (f, s) => `Feedback ${teamName(side(s), f.fromTeamId)} → ${teamName(side(s), f.toTeamId)}`,
      (b, a) => [
        field("from", teamName(p, b.fromTeamId), teamName(n, a.fromTeamId)),
        field("to", teamName(p, b.toTeamId), teamName(n, a.toTeamId)),
        b.what === a.what ? null : "what is reported changed",
        field("cadence", b.cadence, a.cadence),
      ],
    ),
    ...diffList(
      "decisions",
      p.decisions,
      n.decisions,
      (d) => `Decision "${shortened(d.text)}"`,
      (b, a) => [b.text === a.text ? null : "text changed"],
    ),
    ...diffList(
      "openItems",
      p.openItems,
      n.openItems,
      (o) => `Open item "${shortened(o.text)}"`,
      (b, a) => [
        b.text === a.text ? null : "text changed",
        field("owner", b.owner, a.owner),
        // Format 1.3: moving from 1.2 is no change, but a date promised in this version is.
        a.due === undefined || (b.due === undefined && a.due === null) ? null : field("due", b.due ?? null, a.due),
      ],
    ),
    ...crmRuleChanges(p, n),
  ];
}

/** Transitions read by their ends; their SLA line names the transition, as a room says it. */
function transitionChanges(p: Charter, n: Charter): CharterChange[] {
  const changes = diffList(
    "transitions",
    p.transitions,
    n.transitions,
    (t, s) => `${t.handoff ? "Handoff" : "Transition"} ${transitionName(s === "before" ? p : n, t)}`,
    (b, a) => [
      b.from === a.from && b.to === a.to ? null : `now runs ${transitionName(n, a)}`,
      b.handoff === a.handoff ? null : a.handoff ? "now a handoff" : "no longer a handoff",
      field("trigger", b.trigger, a.trigger),
      field("owner", formatOwner(p, b.owner), formatOwner(n, a.owner)),
      field("on rejection", b.onReject, a.onReject),
      b.followUp === undefined || a.followUp === undefined ? null : field("follow-up", followUp(b), followUp(a)),
    ],
  );
  const old = new Map(p.transitions.map((t) => [t.id, t]));
  for (const t of n.transitions) {
    const was = old.get(t.id);
    if (was && formatSla(was.sla) !== formatSla(t.sla)) {
      changes.push({
        section: "transitions",
        text: `SLA for ${transitionName(n, t)}: ${formatSla(was.sla)} → ${formatSla(t.sla)}`,
      });
    }
  }
  return changes;
}
