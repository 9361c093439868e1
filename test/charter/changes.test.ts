import { buildCharter } from "../../shared/charter/build";
import { charterChanges } from "../../shared/charter/changes";
import type { Workshop } from "../../shared/workshop/model";
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
