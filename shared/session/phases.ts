import { buildCharter } from "../charter/build";
import { knownContentHash } from "../charter/canonical";
import type { Signature, Workshop } from "../workshop/model";

/** The session's spine, in the order the room works through it. */
export const PHASES = [
  { key: "setup", label: "Set up" },
  { key: "journey", label: "Journey" },
  { key: "definitions", label: "Compare" },
  { key: "agreement", label: "Agree" },
  { key: "measures", label: "Measures" },
  { key: "signoff", label: "Sign off" },
  { key: "export", label: "Export" },
] as const;

export type PhaseKey = (typeof PHASES)[number]["key"];

export interface PhaseProgress {
  done: number;
  total: number;
  /** What the stepper shows under the phase name, short enough for seven phases in 1280 px: "7 of 12 agreed". */
  summary: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
  return w.terms.filter((term) => w.teams.every((team) => (term.teamDefinitions[team.id] ?? "").trim() !== "")).length;
}

/**
 * Signatures that approve the content as it is now: one given on an earlier
 * draft no longer counts. The hash is only looked up (the sign-off screen
 * computes it), and only once someone has signed, so typing stays cheap.
 */
function currentSignatures(w: Workshop): Signature[] {
  const { signatures } = w.signOff;
  if (signatures.length === 0) return signatures;
  const hash = knownContentHash(buildCharter(w));
  return hash === undefined ? signatures : signatures.filter((s) => s.contentHash === hash);
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
      const agreed = w.terms.filter((t) => t.status === "agreed").length;
      const parked = w.terms.filter((t) => t.status === "parked").length;
      const summary = `${agreed} of ${terms} agreed${parked ? `, ${parked} parked` : ""}`;
      return { done: agreed + parked, total: terms, summary };
    }
    case "measures":
      return { done: w.kpis.length, total: w.kpis.length, summary: plural(w.kpis.length, "KPI") };
    case "signoff": {
      const signatories = w.participants.filter((p) => p.signatory);
      const current = currentSignatures(w);
      const signed = signatories.filter((p) => current.some((s) => s.participantId === p.id)).length;
      return { done: signed, total: signatories.length, summary: `${signed} of ${signatories.length} signed` };
    }
    case "export":
      return { done: 0, total: 0, summary: `version ${w.signOff.version}` };
  }
}
