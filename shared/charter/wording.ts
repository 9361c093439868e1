import { slaAmount } from "../journey/wording";
import type { Charter, CharterFollowUp, CharterOwner, CharterSla } from "./format";

/** "24 business hours", "1 day", worded as on the map. */
export function formatSla(sla: CharterSla | null): string {
  return sla === null ? "no SLA" : slaAmount(sla);
}

/** "6 attempts in 14 days": how hard to try before a lead is unreachable (format 1.2). */
export const followUpAttempts = (f: CharterFollowUp) =>
  `${f.attempts} ${f.attempts === 1 ? "attempt" : "attempts"} in ${f.overDays} ${f.overDays === 1 ? "day" : "days"}`;

export function teamName(charter: Charter, teamId: string | null): string {
  if (teamId === null) return "no team";
  return charter.teams.find((t) => t.id === teamId)?.name || "an unnamed team";
}

/** "Sales (SDR)", "Sales", or "no owner". */
export function formatOwner(charter: Charter, owner: CharterOwner): string {
  if (owner.teamId === null) return owner.role.trim() ? `${owner.role} (no team)` : "no owner";
  const team = teamName(charter, owner.teamId);
  return owner.role.trim() ? `${team} (${owner.role})` : team;
}

export function stageName(charter: Charter, stageId: string): string {
  return charter.stages.find((s) => s.id === stageId)?.name || "an unnamed stage";
}

/** "MQL → SAL". */
export function transitionName(charter: Charter, t: { from: string; to: string }): string {
  return `${stageName(charter, t.from)} → ${stageName(charter, t.to)}`;
}
