import { applicableRules } from "../workshop/crm-agreement";
import type { Workshop } from "../workshop/model";
import { RULE_NAMES, ruleSubjectId } from "../workshop/rule-subject";
import { writesOneFour, writesOneOne } from "./build";

export type ReadinessKind =
  | "workshop-date"
  | "no-signatory"
  | "stage-definition"
  | "stage-owner"
  | "handoff-trigger"
  | "handoff-owner"
  | "handoff-sla"
  | "sla-calendar"
  | "term-unsettled"
  | "crm-rule-unsettled";

/** The screens where each gap is fixed; the keys are the workshop view's URL segments. */
export type ReadinessView = "setup" | "journey" | "definitions" | "agreement";

export interface ReadinessItem {
  kind: ReadinessKind;
  /** A sentence for the room, also the open item's text when it is recorded. */
  message: string;
  /** Where it is fixed: the view, and the stage, transition, term or participant to focus (null: the view itself). */
  target: { view: ReadinessView; id: string | null; field?: ReadinessField };
  /** Whether the room may sign with this gap written down as an open item. */
  canRecord: boolean;
  /** Whether it is already in the parking lot, word for word, so it will be signed as an open item. */
  recorded: boolean;
}

/** The field a gap is fixed in, where a link lands the keyboard. */
export type ReadinessField = "trigger" | "owner" | "sla";

/** Places on the set-up screen a gap links to; not ids of anything in the workshop. */
export const SETUP_TARGETS = { date: "details-date", signatories: "signatories", calendar: "sla-calendar" } as const;

const blank = (text: string) => text.trim() === "";
const named = (name: string, fallback: string) => (blank(name) ? fallback : name.trim());

/**
 * What stands between the workshop and sign-off, in the order the session
 * runs (set up, journey, definitions, the CRM rules). Derived, never stored. A stage's term
 * not agreed is reported once, as the stage's missing definition.
 */
export function readiness(w: Workshop): ReadinessItem[] {
  const parked = new Set(w.parkingLot.map((p) => p.text));
  const items: ReadinessItem[] = [];
  const add = (kind: ReadinessKind, message: string, target: ReadinessItem["target"], canRecord = true) =>
    items.push({ kind, message, target, canRecord, recorded: canRecord && parked.has(message) });

  // A charter without a date cannot be written, and nobody to sign means nothing to sign: these cannot be waived.
  if (w.details.date === "")
    add("workshop-date", "The workshop has no date.", { view: "setup", id: SETUP_TARGETS.date }, false);
  if (!w.participants.some((p) => p.signatory)) {
    add(
      "no-signatory",
      "Nobody is named to sign the charter.",
      { view: "setup", id: SETUP_TARGETS.signatories },
      false,
    );
  }
  const termOfStage = new Map(w.terms.filter((t) => t.stageId !== null).map((t) => [t.stageId, t]));
  for (const stage of w.stages) {
    const name = named(stage.name, "An unnamed stage");
    const term = termOfStage.get(stage.id);
    if (term?.status !== "agreed" || blank(term.agreed.definition)) {
      add("stage-definition", `Stage ${name} has no agreed definition.`, {
        view: "agreement",
        id: term?.id ?? stage.id,
      });
    }
    if (stage.owner.teamId === null)
      add("stage-owner", `Stage ${name} has no owner.`, { view: "journey", id: stage.id, field: "owner" });
  }
  const stageName = (id: string) => named(w.stages.find((s) => s.id === id)?.name ?? "", "?");
  for (const t of w.transitions.filter((x) => x.handoff)) {
    const handoff = `Handoff ${stageName(t.from)} → ${stageName(t.to)}`;
    const at = (field: ReadinessField) => ({ view: "journey" as const, id: t.id, field });
    if (blank(t.trigger)) add("handoff-trigger", `${handoff} has no trigger.`, at("trigger"));
    if (t.owner.teamId === null) add("handoff-owner", `${handoff} has no owner.`, at("owner"));
    if (t.sla === null) add("handoff-sla", `${handoff} has no SLA.`, at("sla"));
  }
  // Format 1.0 charters cannot carry a calendar, so only a 1.1 version is asked for one.
  const counted = w.transitions.filter((t) => t.sla?.unit === "business-hours" || t.sla?.unit === "business-days");
  if (counted.length > 0 && w.slaCalendar === null && writesOneOne(w)) {
    // No count in the words: an open item recording it must still match when another SLA is added.
    add(
      "sla-calendar",
      "SLAs count in business hours or days, but no working calendar says which days, hours and time zone.",
      { view: "setup", id: SETUP_TARGETS.calendar },
    );
  }
  for (const term of w.terms.filter((t) => t.stageId === null)) {
    if (term.status !== "agreed" && term.status !== "parked") {
      add("term-unsettled", `Term ${named(term.term, "(unnamed)")} is neither agreed nor parked.`, {
        view: "agreement",
        id: term.id,
      });
    }
  }
  // Only a 1.4 charter says where the room stands on a rule; a rule that holds nothing has nothing to agree.
  if (writesOneFour(w)) {
    for (const topic of applicableRules(w)) {
      const { status } = w.crmAgreement[topic];
      if (status !== "agreed" && status !== "parked") {
        // Like a term, a rule may be signed as an open item; the CRM pack then leaves it out (or, the mapping, is not made).
        add("crm-rule-unsettled", `${RULE_NAMES[topic].subject} is neither agreed nor parked.`, {
          view: "agreement",
          id: ruleSubjectId(topic),
        });
      }
    }
  }
  return items;
}

/** What still keeps the room from signing: gaps neither fixed nor recorded as open items. */
export function signOffBlockers(w: Workshop): ReadinessItem[] {
  return readiness(w).filter((item) => !item.recorded);
}
