import { serializeBackup } from "../../shared/backup/backup";
import type { Stage, Term, Workshop } from "../../shared/workshop/model";
import { aWorkshop } from "../builders";

export const AT = "2026-11-22T14:05:00Z";
const HASH = `sha256:${"ab".repeat(32)}`;

export function aStage(id: string, ownerTeamId: string | null): Stage {
  return {
    id,
    name: `Stage ${id}`,
    kind: "stage",
    outcome: null,
    buyerLabel: null,
    owner: { teamId: ownerTeamId, role: "SDR" },
    crm: { hubspotLifecycleStage: null, salesforceLeadStatus: null },
    position: { x: 0, y: 0 },
  };
}

export function aTerm(id: string, stageId: string | null, teamIds: [string, string]): Term {
  const [marketing, sales] = teamIds;
  return {
    id,
    term: `Term ${id}`,
    stageId,
    status: "discussing",
    teamDefinitions: { [marketing]: "Downloaded a whitepaper", [sales]: "Asked for a demo" },
    teamSignals: { [marketing]: ["Content download"], [sales]: ["Demo request"] },
    agreed: { definition: "", entryCriteria: [], exitCriteria: [] },
    agreedAt: null,
    consensus: {
      method: "fist-of-five",
      votes: [{ id: `${id}-vote`, teamId: sales, participantId: null, value: 4 }],
      override: null,
    },
  };
}

/** A workshop with something in every collection, so every reference check has something to check. */
export function aFullWorkshop(): Workshop {
  const w = aWorkshop();
  const [marketing, sales] = w.teams.map((t) => t.id) as [string, string];
  return {
    ...w,
    participants: [
      { id: "p-ann", name: "Ann", role: "CMO", teamId: marketing, signatory: true },
      { id: "p-bo", name: "Bo", role: "VP Sales", teamId: sales, signatory: true },
    ],
    stages: [aStage("s-mql", marketing), aStage("s-sql", sales)],
    transitions: [
      {
        id: "x-handoff",
        from: "s-mql",
        to: "s-sql",
        handoff: true,
        trigger: "Score over 80",
        owner: { teamId: sales, role: "SDR" },
        sla: { within: 24, unit: "business-hours" },
        onReject: "Back to nurture",
      },
    ],
    terms: [aTerm("t-mql", "s-mql", [marketing, sales]), aTerm("t-lead", null, [marketing, sales])],
    kpis: [
      {
        id: "k-rate",
        name: "MQL acceptance",
        definition: "Accepted ÷ sent",
        formula: null,
        target: "60%",
        ownerTeamId: sales,
      },
    ],
    feedbackLoop: [
      { id: "f-weekly", fromTeamId: sales, toTeamId: marketing, what: "Rejected leads", cadence: "weekly" },
    ],
    decisions: [{ id: "d-1", kind: "note", text: "Started", at: AT, termId: "t-mql" }],
    parkingLot: [{ id: "pl-1", text: "Lead scoring model", owner: null, due: null }],
    signOff: {
      ...w.signOff,
      signatures: [
        {
          id: "sig-ann",
          participantId: "p-ann",
          name: "Ann",
          signedAt: AT,
          method: "typed",
          image: null,
          contentHash: HASH,
        },
      ],
    },
  };
}

/** The text of a backup file, as Accord writes it. */
export function aBackupText(workshop: Workshop = aFullWorkshop()): string {
  return serializeBackup(workshop, { appVersion: "1.2.3", exportedAt: AT });
}

// biome-ignore lint/suspicious/noExplicitAny: a test breaks a document anywhere, whatever its type says
export type Editable = any;

/** A full workshop as plain JSON, broken in one place by `breakIt`. */
export function aBrokenWorkshop(breakIt: (workshop: Editable) => void): unknown {
  const workshop = structuredClone(aFullWorkshop());
  breakIt(workshop);
  return workshop;
}

/** The text of a backup file broken in one place by `breakIt` (which gets the whole file). */
export function aBrokenBackup(breakIt: (file: Editable) => void): string {
  const file = JSON.parse(aBackupText());
  breakIt(file);
  return JSON.stringify(file);
}
