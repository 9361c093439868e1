import type { Sla, SlaUnit, Transition } from "../workshop/model";

const UNIT_WORDS: Record<SlaUnit, [string, string]> = {
  minutes: ["minute", "minutes"],
  hours: ["hour", "hours"],
  "business-hours": ["business hour", "business hours"],
  days: ["day", "days"],
  "business-days": ["business day", "business days"],
};

/** "24 business hours", "1 day". */
export function slaAmount(sla: Sla): string {
  const [one, many] = UNIT_WORDS[sla.unit];
  return `${sla.within} ${sla.within === 1 ? one : many}`;
}

/** "within 24 hours": how the room says an SLA out loud. */
export function slaText(sla: Sla): string {
  return `within ${slaAmount(sla)}`;
}

export const unitWords = (unit: SlaUnit): string => UNIT_WORDS[unit][1];

/** A handoff's label on the map: "trigger · SLA", with what is still missing said plainly. */
export function handoffLabel(t: Pick<Transition, "trigger" | "sla">): string {
  const trigger = t.trigger.trim() || "No trigger yet";
  return `${trigger} · ${t.sla ? slaText(t.sla) : "no SLA yet"}`;
}

/** The two halves of a handoff label, [trigger, SLA], for a map that shows them on separate lines. */
export function splitHandoffLabel(label: string): [string, string] {
  const at = label.lastIndexOf(" · ");
  return at < 0 ? [label, ""] : [label.slice(0, at), label.slice(at + 3)];
}
