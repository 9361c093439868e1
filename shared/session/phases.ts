import { signOffStatus } from "../signoff/status";
import { ruleStatuses } from "../workshop/crm-agreement";
import type { Workshop } from "../workshop/model";
import { own } from "../workshop/own";
import { plural } from "../workshop/plural";
import type { PhaseKey } from "./phase-list";

export { PHASES, type PhaseKey } from "./phase-list";

export interface PhaseProgress {
  done: number;
  total: number;
  /** What the stepper shows under the phase name, short enough for seven phases in 1280 px: "7 of 12 agreed". */
  summary: string;
}

function setupProgress(w: Workshop): PhaseProgress {
  const checks = [
    w.details.title.trim() !== "",
    w.teams.every((t) => t.name.trim() !== ""),
    w.participants.length > 0,
    w.participants.some((p) => p.signatory),
  ];
  const done = checks.filter(Boolean).length;
  return { done, total: checks.length, summary: plural(w.participants.length, "person", "people") };
}

function definedByEveryTeam(w: Workshop): number {
  return w.terms.filter((term) => w.teams.every((team) => (own(term.teamDefinitions, team.id) ?? "").trim() !== ""))
    .length;
}

export function phaseProgress(w: Workshop, key: PhaseKey): PhaseProgress {
  const terms = w.terms.length;
  switch (key) {
    case "setup":
      return setupProgress(w);
    case "journey":
      return { done: w.stages.length, total: w.stages.length, summary: plural(w.stages.length, "stage") };
    case "definitions": {
      const defined = definedByEveryTeam(w);
      return { done: defined, total: terms, summary: `${defined} of ${terms} defined` };
    }
    case "agreement": {
      // The CRM rules that hold something are agreed here too, so they count beside the terms.
      const statuses = [...w.terms.map((t) => t.status), ...ruleStatuses(w)];
      const agreed = statuses.filter((s) => s === "agreed").length;
      const parked = statuses.filter((s) => s === "parked").length;
      const summary = `${agreed} of ${statuses.length} agreed${parked ? `, ${parked} parked` : ""}`;
      return { done: agreed + parked, total: statuses.length, summary };
    }
    case "measures":
      return { done: w.kpis.length, total: w.kpis.length, summary: plural(w.kpis.length, "KPI") };
    case "signoff": {
      // The same answer as Sign off itself: a signature on an earlier draft does not count.
      const { signed, signatories } = signOffStatus(w);
      return { done: signed, total: signatories.length, summary: `${signed} of ${signatories.length} signed` };
    }
    case "export":
      return { done: 0, total: 0, summary: `version ${w.signOff.version}` };
  }
}
