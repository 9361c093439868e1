import { buildCharter } from "../../shared/charter/build";
import { charterChanges } from "../../shared/charter/changes";
import { mapUnmappedStages } from "../../shared/crm/suggest";
import { setFollowUp, updateQualification, updateReasonCode } from "../../shared/workshop/crm-rules";
import type { Workshop } from "../../shared/workshop/model";
import { expectOk } from "../builders";
import { aReadyWorkshop } from "./charter-builders";

const texts = (before: Workshop, after: Workshop) =>
  charterChanges(buildCharter(before), buildCharter(after)).map((c) => c.text);

describe("what changed since the last signed version", () => {
  const v1 = aReadyWorkshop();

  it("is nothing when nothing changed", () => {
    expect(texts(v1, v1)).toEqual([]);
  });

  it("reads the way the room talks", () => {
    const v2: Workshop = {
      ...v1,
      details: { ...v1.details, title: "Acme Charter 2027" },
      transitions: v1.transitions.map((t) => ({ ...t, sla: { within: 4, unit: "hours" as const } })),
      terms: [
        ...v1.terms.map((t) =>
          t.id === "t-mql" ? { ...t, agreed: { ...t.agreed, definition: "A lead sales accepts." } } : t,
        ),
        { ...(v1.terms[1] as Workshop["terms"][number]), id: "t-fit", term: "Fit", stageId: null },
      ],
      parkingLot: [],
    };
    expect(texts(v1, v2)).toEqual([
      "Title: Acme Revenue Alignment Charter → Acme Charter 2027",
      "Stage MQL: definition changed",
      "SLA for MQL → SQL: 24 business hours → 4 hours",
      "Term MQL: definition changed",
      "Term Fit added",
      'Open item "Lead scoring model" removed',
    ]);
  });

  it("names format 1.1's changes: the working hours and an outcome's type, not the move from 1.0 itself", () => {
    const outcome = {
      ...(v1.stages[1] as Workshop["stages"][number]),
      id: "s-won",
      name: "Won",
      kind: "outcome" as const,
    };
    const before: Workshop = { ...v1, stages: [...v1.stages, { ...outcome, outcome: "won" }] };
    const after: Workshop = {
      ...before,
      slaCalendar: { ...(v1.slaCalendar as NonNullable<Workshop["slaCalendar"]>), timeZone: "UTC" },
      stages: [...v1.stages, { ...outcome, outcome: "lost" }],
    };
    expect(texts(before, after)).toEqual([
      "Working hours: Monday–Friday, 09:00–17:00, Europe/Warsaw → Monday–Friday, 09:00–17:00, UTC",
      "Stage Won: outcome: won → lost",
    ]);
    const oneZero = { ...before, slaCalendar: null, signOff: { ...before.signOff, charterFormatMinor: 0 as const } };
    expect(texts(oneZero, { ...before, slaCalendar: null })).toEqual([]);
  });

  it("follows a renamed stage by its id instead of calling it removed and added", () => {
    const v2 = {
      ...v1,
      stages: v1.stages.map((s) => (s.id === "s-mql" ? { ...s, name: "Marketing Qualified Lead" } : s)),
    };
    expect(texts(v1, v2)).toEqual(["Stage Marketing Qualified Lead: name: MQL → Marketing Qualified Lead"]);
  });

  it("notices who signs and the order of the journey", () => {
    const v2 = {
      ...v1,
      participants: v1.participants.map((p) => (p.id === "p-cy" ? { ...p, signatory: true } : p)),
      stages: [...v1.stages].reverse(),
    };
    expect(texts(v1, v2)).toEqual(["Participant Cy São Paulo: now signs", "Stages: order changed"]);
  });
});

describe("what changed in the CRM set-up (format 1.2)", () => {
  it("sees no change in qualification rules whose fields a file holds in another order", () => {
    const c1 = buildCharter(expectOk(updateQualification(aReadyWorkshop(), { fitThreshold: 70 })));
    const qualification = c1.crmRules?.qualification as object;
    const c2 = {
      ...c1,
      crmRules: { ...c1.crmRules, qualification: Object.fromEntries(Object.entries(qualification).reverse()) },
    } as typeof c1;
    expect(charterChanges(c1, c2).map((c) => c.text)).toEqual([]);
  });

  it("names the mapping, the follow-up and the reason codes that changed, not the move from 1.1", () => {
    const v1 = expectOk(mapUnmappedStages(aReadyWorkshop()));
    const first = v1.crmRules?.reasonCodes[0];
    let v2 = expectOk(setFollowUp(v1, v1.transitions[0]?.id as string, { escalateTo: "Head of sales" }));
    v2 = expectOk(updateReasonCode(v2, first?.id as string, { label: "Wrong region" }));
    v2 = expectOk(updateQualification(v2, { fitThreshold: 70 }));
    v2 = {
      ...v2,
      stages: v2.stages.map((s) =>
        s.id === "s-sql"
          ? {
              ...s,
              crm: { ...s.crm, setup: { ...(s.crm.setup as NonNullable<typeof s.crm.setup>), apiName: "sql_v2" } },
            }
          : s,
      ),
    };
    expect(texts(v1, v2)).toEqual([
      "Stage SQL: CRM set-up changed",
      "Handoff MQL → SQL: follow-up: none → 6 attempts in 14 days, missed: Head of sales",
      "Reason code Wrong region: name: Misrouted → Wrong region",
      "Reason code Wrong region: API name: misrouted → wrong_region",
      "Qualification rules changed",
    ]);
    const asOneOne = (w: Workshop): Workshop => ({ ...w, signOff: { ...w.signOff, charterFormatMinor: 1 } });
    expect(texts(asOneOne(v1), v1)).toEqual([]);
  });
});
