import { buildCharter } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { type Signing, signCharter } from "../../shared/signoff/sign";
import { defaultSlaCalendar } from "../../shared/workshop/calendar";
import type { Term, Workshop } from "../../shared/workshop/model";
import { agreedCrmAgreement } from "../../shared/workshop/rule-subject";
import { expectOk } from "../builders";
import { AT, aFullWorkshop } from "../shared/backup-builders";

export { AT };
export const INFO = { appVersion: "1.2.3", exportedAt: "2026-11-22T16:00:00Z" };
export const PLACES = ["Łódź", "Müller", "Ærøskøbing", "São Paulo"] as const;

/**
 * A workshop ready to sign: dated, every stage agreed and owned, the handoff
 * complete, the free term parked, the CRM rules agreed, nobody has signed yet. Names from four
 * languages, so the PDF's font and the hash see more than ASCII.
 */
export function aReadyWorkshop(): Workshop {
  const w = aFullWorkshop();
  return {
    ...w,
    slaCalendar: defaultSlaCalendar("Europe/Warsaw"),
    details: {
      title: "Acme Revenue Alignment Charter",
      organization: "Acme Łódź",
      date: "2026-11-22",
      facilitator: "Zoë Müller",
    },
    participants: [
      { id: "p-ann", name: "Anna Łódź", role: "CMO", teamId: w.teams[0]?.id as string, signatory: true },
      { id: "p-bo", name: "Bo Ærøskøbing", role: "VP Sales", teamId: w.teams[1]?.id as string, signatory: true },
      { id: "p-cy", name: "Cy São Paulo", role: "SDR", teamId: w.teams[1]?.id as string, signatory: false },
    ],
    stages: w.stages.map((s, i) => ({ ...s, name: ["MQL", "SQL"][i] as string, position: { x: i * 260, y: 40 } })),
    terms: [...w.terms, { ...(w.terms[0] as Term), id: "t-sql", stageId: "s-sql" }].map((t) =>
      t.stageId === null
        ? { ...t, term: "Intent", status: "parked" as const }
        : {
            ...t,
            term: t.stageId === "s-mql" ? "MQL" : "SQL",
            status: "agreed" as const,
            agreedAt: AT,
            agreed: {
              definition: "A lead that fits the profile and showed intent.",
              entryCriteria: ["Score over 80"],
              exitCriteria: ["Accepted by sales"],
            },
          },
    ),
    crmAgreement: agreedCrmAgreement(AT),
    signOff: { ...w.signOff, charterId: "charter-1", signatures: [] },
  };
}

/** Signs with every signatory, as the room would at the end. */
/** Every signatory signed; `more` adds to one person's signing (the phone it was made on, say). */
export async function aSignedWorkshop(
  w: Workshop = aReadyWorkshop(),
  more: (participantId: string) => Partial<Signing> = () => ({}),
): Promise<Workshop> {
  const hash = await contentHash(buildCharter(w));
  let signed = w;
  for (const p of w.participants.filter((x) => x.signatory)) {
    signed = expectOk(
      signCharter(signed, {
        participantId: p.id,
        name: p.name,
        method: "typed",
        image: null,
        at: AT,
        contentHash: hash,
        ...more(p.id),
      }),
    ).workshop;
  }
  return signed;
}
