import {
  addFeedback,
  addKpi,
  addKpiFromStarter,
  KPI_STARTERS,
  removeFeedback,
  removeKpi,
  updateFeedback,
  updateKpi,
} from "../../shared/workshop/measures";
import { aWorkshop, expectOk, sequentialIds } from "../builders";
import { deepFreeze, expectRefusal, expectValid } from "./journey-builders";

function room() {
  const w = deepFreeze(aWorkshop());
  const [marketing, sales] = w.teams.map((t) => t.id) as [string, string];
  return { w, marketing, sales };
}

describe("shared measures", () => {
  it("adds a measure both teams will be judged on", () => {
    const { w, sales } = room();
    const next = expectOk(
      addKpi(
        w,
        { name: "Speed to lead", definition: "Time from MQL to first call", target: "< 1 hour", ownerTeamId: sales },
        () => "k-1",
      ),
    ).workshop;
    expect(next.kpis).toEqual([
      {
        id: "k-1",
        name: "Speed to lead",
        definition: "Time from MQL to first call",
        formula: null,
        target: "< 1 hour",
        ownerTeamId: sales,
      },
    ]);
  });

  it("a blank measure starts as New measure", () => {
    const { w } = room();
    expect(expectOk(addKpi(w)).workshop.kpis[0]).toMatchObject({
      name: "New measure",
      definition: "",
      ownerTeamId: null,
    });
  });

  it("offers six starting points, each with a definition and a formula", () => {
    expect(KPI_STARTERS.map((s) => s.name)).toEqual([
      "SQL-to-opportunity rate",
      "Pipeline velocity",
      "Win rate by lead source",
      "Customer acquisition cost",
      "Revenue per lead",
      "MQL acceptance rate",
    ]);
    for (const starter of KPI_STARTERS) {
      expect(starter.definition.length).toBeGreaterThan(40);
      expect(starter.formula).toMatch(/÷/);
    }
    expect(KPI_STARTERS.find((s) => s.key === "pipeline-velocity")?.formula).toMatch(
      /opportunities × win rate × average deal size ÷ sales cycle length/,
    );
    expect(new Set(KPI_STARTERS.map((s) => s.key)).size).toBe(6);
  });

  it("one click adds a starting point, MQL acceptance with its 90% target", () => {
    const { w } = room();
    const next = expectOk(addKpiFromStarter(w, "mql-acceptance", () => "k-1")).workshop;
    expect(next.kpis[0]).toMatchObject({
      id: "k-1",
      name: "MQL acceptance rate",
      target: "90% or more",
      ownerTeamId: null,
    });
    expect(next.kpis[0]).not.toHaveProperty("key");
  });

  it("every starting point can be added to one workshop", () => {
    let w = aWorkshop();
    for (const starter of KPI_STARTERS)
      w = expectOk(addKpiFromStarter(w, starter.key, sequentialIds(starter.key))).workshop;
    expect(w.kpis).toHaveLength(6);
  });

  it("refuses an unknown starting point and the same one twice", () => {
    const { w } = room();
    expect(expectRefusal(w, (f) => addKpiFromStarter(f, "vanity" as never))).toEqual({
      path: "starterKey",
      message: 'There is no starting measure called "vanity".',
    });
    const once = expectOk(addKpiFromStarter(w, "revenue-per-lead")).workshop;
    expect(expectRefusal(once, (f) => addKpiFromStarter(f, "revenue-per-lead"))).toEqual({
      path: "name",
      message: 'There is already a measure called "Revenue per lead".',
    });
  });

  it("refuses an owner team that is not in the room, and a blank name", () => {
    const { w } = room();
    expect(expectRefusal(w, (f) => addKpi(f, { ownerTeamId: "ghost" }))).toEqual({
      path: "ownerTeamId",
      message: 'There is no team with id "ghost".',
    });
    expect(expectRefusal(w, (f) => addKpi(f, { name: " " })).message).toBe("A measure needs a name.");
  });

  it("updates a measure's target and owner, keeping its id", () => {
    const { w, marketing } = room();
    const one = expectOk(addKpiFromStarter(w, "win-rate-by-source", () => "k-1")).workshop;
    const next = expectValid(updateKpi(one, "k-1", { target: "25%", ownerTeamId: marketing, definition: undefined }));
    expect(next.kpis[0]).toMatchObject({ id: "k-1", target: "25%", ownerTeamId: marketing });
    expect(next.kpis[0]?.definition).toBe(one.kpis[0]?.definition);
  });

  it("refuses an update to an unknown measure, an unknown owner or a name another measure has", () => {
    const { w } = room();
    let two = expectOk(addKpi(w, { name: "CAC" }, () => "k-1")).workshop;
    two = deepFreeze(expectOk(addKpi(two, { name: "Velocity" }, () => "k-2")).workshop);
    expect(expectRefusal(two, (f) => updateKpi(f, "k-9", {})).path).toBe("kpiId");
    expect(expectRefusal(two, (f) => updateKpi(f, "k-2", { ownerTeamId: "ghost" })).path).toBe("$.kpis[1].ownerTeamId");
    expect(expectRefusal(two, (f) => updateKpi(f, "k-2", { name: "cac" }))).toEqual({
      path: "$.kpis[1].name",
      message: 'There is already a measure called "CAC".',
    });
    expect(expectRefusal(two, (f) => updateKpi(f, "k-2", { target: "x".repeat(501) })).path).toBe("$.kpis[1].target");
  });

  it("removes a measure, refusing an unknown one", () => {
    const { w } = room();
    const one = deepFreeze(expectOk(addKpi(w, { name: "CAC" }, () => "k-1")).workshop);
    expect(expectValid(removeKpi(one, "k-1")).kpis).toEqual([]);
    expect(expectRefusal(one, (f) => removeKpi(f, "k-2")).message).toBe('There is no measure with id "k-2".');
  });
});

describe("the feedback loop", () => {
  it("records what sales reports back to marketing and how often", () => {
    const { w, marketing, sales } = room();
    const init = { fromTeamId: sales, toTeamId: marketing, what: "Why leads were rejected", cadence: "Weekly" };
    const next = expectOk(addFeedback(w, init, () => "f-1")).workshop;
    expect(next.feedbackLoop).toEqual([{ id: "f-1", ...init }]);
  });

  it("refuses unknown teams and a team reporting to itself", () => {
    const { w, marketing } = room();
    const line = { fromTeamId: marketing, toTeamId: marketing, what: "", cadence: "" };
    expect(expectRefusal(w, (f) => addFeedback(f, line))).toEqual({
      path: "toTeamId",
      message: "Feedback goes from one team to another team, not back to itself.",
    });
    expect(expectRefusal(w, (f) => addFeedback(f, { ...line, fromTeamId: "ghost" })).path).toBe("fromTeamId");
    expect(expectRefusal(w, (f) => addFeedback(f, { ...line, toTeamId: "ghost" })).path).toBe("toTeamId");
  });

  it("updates and removes a feedback line", () => {
    const { w, marketing, sales } = room();
    const one = deepFreeze(
      expectOk(
        addFeedback(
          w,
          { fromTeamId: marketing, toTeamId: sales, what: "Campaign calendar", cadence: "Monthly" },
          () => "f-1",
        ),
      ).workshop,
    );
    const updated = expectValid(updateFeedback(one, "f-1", { cadence: "Every two weeks" }));
    expect(updated.feedbackLoop[0]).toMatchObject({ what: "Campaign calendar", cadence: "Every two weeks" });
    expect(expectValid(removeFeedback(one, "f-1")).feedbackLoop).toEqual([]);
  });

  it("refuses turning a line back on its own team, and unknown lines", () => {
    const { w, marketing, sales } = room();
    const one = deepFreeze(
      expectOk(addFeedback(w, { fromTeamId: marketing, toTeamId: sales, what: "", cadence: "" }, () => "f-1")).workshop,
    );
    expect(expectRefusal(one, (f) => updateFeedback(f, "f-1", { toTeamId: marketing })).path).toBe(
      "$.feedbackLoop[0].toTeamId",
    );
    expect(expectRefusal(one, (f) => updateFeedback(f, "f-9", {})).message).toBe(
      'There is no feedback line with id "f-9".',
    );
    expect(expectRefusal(one, (f) => removeFeedback(f, "f-9")).path).toBe("feedbackId");
  });
});
