import { addStageAfter, removeFromJourney } from "../../shared/journey/edit";
import { canvasProblems, journeyToJsonCanvas } from "../../shared/journey/json-canvas";
import {
  arrangeJourney,
  GRID,
  HANDOFF_GAP,
  planJourney,
  RANK_GAP,
  STAGE_HEIGHT,
  STAGE_WIDTH,
} from "../../shared/journey/layout";
import { freeSpotNear, neighbourOf, spotAfter } from "../../shared/journey/neighbour";
import { applyTemplate, TEMPLATE_KEYS } from "../../shared/journey/templates";
import { handoffLabel, splitHandoffLabel } from "../../shared/journey/wording";
import type { Workshop } from "../../shared/workshop/model";
import { addStage } from "../../shared/workshop/stages";
import { connectStages, updateTransition } from "../../shared/workshop/transitions";
import { aWorkshop, expectOk } from "../builders";
import { aJourney, expectValid, idsOf, readsForward, termOf } from "./journey-builders";

/** A straight chain of n stages, as a long journey drawn one stage after another. */
function aChain(n: number): Workshop {
  let w = aWorkshop();
  for (let i = 1; i <= n; i++) {
    w = expectOk(addStage(w, { name: `Stage ${i}` }, idsOf(`s${i}`, `term-s${i}`))).workshop;
    if (i > 1) w = expectOk(connectStages(w, `s${i - 1}`, `s${i}`, idsOf(`t${i}`))).workshop;
  }
  return w;
}

const overlaps = (w: Workshop) =>
  w.stages.some((a, i) =>
    w.stages.some(
      (b, j) =>
        i < j &&
        Math.abs(a.position.x - b.position.x) < STAGE_WIDTH &&
        Math.abs(a.position.y - b.position.y) < STAGE_HEIGHT,
    ),
  );

describe("laying out a journey", () => {
  it("puts every transition left to right, on the grid, with no stage on another", () => {
    const w = expectOk(arrangeJourney(aChain(4)));
    const plan = planJourney(w.stages, w.transitions);
    expect(new Set(Object.values(plan.rows))).toEqual(new Set([0]));
    for (const t of w.transitions) expect(readsForward(w, plan.rows, t)).toBe(true);
    for (const s of w.stages) {
      expect(s.position.x % GRID).toBe(0);
      expect(s.position.y % GRID).toBe(0);
    }
    expect(overlaps(w)).toBe(false);
  });

  it("wraps a 12-stage journey into rows that suit a wide screen, still read left to right", () => {
    const w = expectOk(arrangeJourney(aChain(12)));
    const plan = planJourney(w.stages, w.transitions);
    const rowCount = new Set(Object.values(plan.rows)).size;
    expect(rowCount).toBeGreaterThan(1);
    expect(rowCount).toBeLessThan(6);
    for (const t of w.transitions) expect(readsForward(w, plan.rows, t)).toBe(true);
    expect(overlaps(w)).toBe(false);
    const xs = w.stages.map((s) => s.position.x);
    const ys = w.stages.map((s) => s.position.y);
    const width = Math.max(...xs) - Math.min(...xs) + STAGE_WIDTH;
    const height = Math.max(...ys) - Math.min(...ys) + STAGE_HEIGHT;
    expect(width / height).toBeGreaterThan(0.8);
    expect(width / height).toBeLessThan(4);
  });

  it("leaves a wider gap before a stage that receives a handoff, room for its label", () => {
    const chain = aChain(4);
    const w = expectOk(arrangeJourney(expectOk(updateTransition(chain, "t3", { handoff: true }))));
    const x = (id: string) => w.stages.find((s) => s.id === id)?.position.x ?? Number.NaN;
    expect(x("s2") - x("s1") - STAGE_WIDTH).toBe(RANK_GAP);
    expect(x("s3") - x("s2") - STAGE_WIDTH).toBe(HANDOFF_GAP);
    expect(x("s4") - x("s3") - STAGE_WIDTH).toBe(RANK_GAP);
    expect(overlaps(w)).toBe(false);
  });

  it("branches outcomes into the same column, one above the other", () => {
    const w = expectOk(applyTemplate(aWorkshop(), "demand-waterfall"));
    const won = w.stages.find((s) => s.name === "Closed/Won");
    const lost = w.stages.find((s) => s.name === "Closed/Lost");
    expect(won?.position.x).toBe(lost?.position.x);
    expect(won?.position.y).not.toBe(lost?.position.y);
  });
});

describe("editing the map", () => {
  it("adds a stage straight after the selected one, with its term and transition, in one step", () => {
    const { w } = aJourney();
    const next = expectOk(
      addStageAfter(w, "sal", { position: { x: 400, y: 0 } }, idsOf("sql", "term-sql", "t1")),
    ).workshop;
    // Listed right after the stage it follows, not last: the glossary and the PDF read in journey order.
    expect(next.stages.map((s) => s.id)).toEqual(["mql", "sal", "sql", "won"]);
    expect(next.stages[2]?.name).toBe("New stage");
    expect(termOf(next, "sql")?.term).toBe("New stage");
    expect(next.transitions).toEqual([expect.objectContaining({ id: "t1", from: "sal", to: "sql" })]);
  });

  it("deletes selected stages and transitions together, without naming a transition twice", () => {
    let { w } = aJourney();
    w = expectOk(connectStages(w, "mql", "sal", idsOf("mql-sal"))).workshop;
    w = expectOk(connectStages(w, "sal", "won", idsOf("sal-won"))).workshop;
    const next = expectValid(removeFromJourney(w, { stageIds: ["sal"], transitionIds: ["mql-sal", "sal-won"] }));
    expect(next.stages.map((s) => s.id)).toEqual(["mql", "won"]);
    expect(next.transitions).toEqual([]);
    const justEdge = expectValid(removeFromJourney(w, { transitionIds: ["sal-won"] }));
    expect(justEdge.transitions.map((t) => t.id)).toEqual(["mql-sal"]);
  });
});

describe("the journey as JSON Canvas 1.0", () => {
  for (const key of TEMPLATE_KEYS) {
    it(`exports the ${key} template spec-clean: unique ids, known ends, integer geometry`, () => {
      const w = expectOk(applyTemplate(aWorkshop(), key));
      const canvas = journeyToJsonCanvas(w);
      expect(canvasProblems(JSON.parse(JSON.stringify(canvas)))).toEqual([]);
      expect(canvas.nodes).toHaveLength(w.stages.length);
      expect(canvas.edges).toHaveLength(w.transitions.length);
    });
  }

  it("labels a handoff with its trigger and SLA and colours stages by their team", () => {
    let { w, marketing } = aJourney();
    w = expectOk(connectStages(w, "mql", "sal", idsOf("handoff"))).workshop;
    w = expectOk(updateTransition(w, "handoff", { trigger: "Score 50+", sla: { within: 24, unit: "hours" } }));
    const canvas = journeyToJsonCanvas({
      ...w,
      stages: w.stages.map((s) => ({ ...s, position: { x: 10.6, y: -3.2 } })),
    });
    expect(canvas.edges[0]).toMatchObject({
      fromNode: "mql",
      toNode: "sal",
      toEnd: "arrow",
      label: "Score 50+ · within 24 hours",
    });
    const mql = canvas.nodes.find((n) => n.id === "mql");
    expect(mql).toMatchObject({ x: 11, y: -3, color: w.teams.find((t) => t.id === marketing)?.colour.toUpperCase() });
    expect(mql?.text).toMatch(/^## MQL/);
  });

  it("writes the room's words into a stage's Markdown as text, never as markup a canvas tool would run", () => {
    const { w } = aJourney();
    const hostile = "<img src=x onerror=alert(1)> *loud* [link](javascript:alert(1))\n# heading";
    const named = {
      ...w,
      stages: w.stages.map((s) =>
        s.id === "mql" ? { ...s, name: hostile, buyerLabel: "<script>alert(1)</script>" } : s,
      ),
    };
    const text = journeyToJsonCanvas(named).nodes.find((n) => n.id === "mql")?.text ?? "";
    expect(text).not.toMatch(/<|>/);
    expect(text).not.toMatch(/(^|[^\\])\*loud/);
    expect(text).not.toMatch(/(^|[^\\])\[link\]/);
    expect(text.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "## &lt;img src=x onerror=alert\\(1\\)&gt; \\*loud\\* \\[link\\]\\(javascript:alert\\(1\\)\\) \\# heading",
    ]);
    expect(text).toContain("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
  });

  it("finds what a canvas tool would reject", () => {
    const bad = {
      nodes: [
        { id: "a", type: "text", x: 0.5, y: 0, width: 10, height: 10, text: "A", color: "7" },
        { id: "a", type: "card", x: 0, y: 0, width: 10, height: 10 },
      ],
      edges: [{ id: "e", fromNode: "a", toNode: "ghost", toSide: "middle" }],
    };
    const problems = canvasProblems(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        "node 0 x is not an integer",
        "node 0 colour 7",
        'id "a" is used twice',
        "node 1 has type card",
        "edge 0 ends at unknown node ghost",
        "edge 0 toSide",
      ]),
    );
  });

  it("says plainly what a handoff still lacks", () => {
    expect(handoffLabel({ trigger: " ", sla: null })).toBe("No trigger yet · no SLA yet");
    expect(handoffLabel({ trigger: "Demo booked", sla: { within: 1, unit: "business-days" } })).toBe(
      "Demo booked · within 1 business day",
    );
  });

  it("splits a handoff label into trigger and SLA, even when the trigger has a dot of its own", () => {
    expect(splitHandoffLabel("Score · fit · within 4 hours")).toEqual(["Score · fit", "within 4 hours"]);
    expect(splitHandoffLabel("No trigger yet")).toEqual(["No trigger yet", ""]);
  });
});

describe("moving between stages with the arrow keys", () => {
  const grid = [
    { id: "a", position: { x: 0, y: 0 } },
    { id: "b", position: { x: 340, y: 0 } },
    { id: "c", position: { x: 340, y: 280 } },
    { id: "d", position: { x: 680, y: 20 } },
  ];
  it("goes to the nearest stage in line, and nowhere past the edge", () => {
    expect(neighbourOf(grid, "a", "right")).toBe("b");
    expect(neighbourOf(grid, "b", "right")).toBe("d");
    expect(neighbourOf(grid, "b", "down")).toBe("c");
    expect(neighbourOf(grid, "c", "up")).toBe("b");
    expect(neighbourOf(grid, "a", "left")).toBeNull();
    expect(neighbourOf(grid, "ghost", "left")).toBeNull();
  });

  it("places a stage added after another one column on, below what is already there", () => {
    const size = { width: 260, height: 190, gap: 80 };
    expect(spotAfter(grid, { x: 0, y: 0 }, size)).toEqual({ x: 340, y: 540 });
    expect(spotAfter(grid, { x: 680, y: 20 }, size)).toEqual({ x: 1020, y: 20 });
  });

  it("puts a new stage with nothing selected at the nearest free place, never on top of another (issue 15, item 7)", () => {
    const size = { width: STAGE_WIDTH, height: STAGE_HEIGHT, gap: RANK_GAP };
    const stages = [{ position: { x: 0, y: 0 } }, { position: { x: 0, y: 310 } }];
    expect(freeSpotNear(stages, { x: 500, y: 500 }, size)).toEqual({ x: 500, y: 500 });
    const spot = freeSpotNear(stages, { x: 20, y: 10 }, size);
    for (const s of stages) {
      const apart = Math.abs(s.position.x - spot.x) >= STAGE_WIDTH || Math.abs(s.position.y - spot.y) >= STAGE_HEIGHT;
      expect(apart, JSON.stringify(spot)).toBe(true);
    }
    // Crowded all around: still somewhere free.
    const crowd = Array.from({ length: 49 }, (_, i) => ({
      position: { x: (i % 7) * (STAGE_WIDTH + RANK_GAP), y: Math.floor(i / 7) * (STAGE_HEIGHT + RANK_GAP) },
    }));
    const free = freeSpotNear(crowd, crowd[24]?.position ?? { x: 0, y: 0 }, size);
    expect(crowd.some((s) => s.position.x === free.x && s.position.y === free.y)).toBe(false);
  });
});
