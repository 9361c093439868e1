import { fitViewport, journeyBounds, startViewport } from "../../shared/journey/fit";
import { handoffLabelSpots, type LabelSpot, labelSpotsOf } from "../../shared/journey/label-spots";
import { HANDOFF_GAP, HANDOFF_LABEL_WIDTH, RANK_GAP, STAGE_HEIGHT, STAGE_WIDTH } from "../../shared/journey/layout";
import { applyTemplate, TEMPLATE_KEYS } from "../../shared/journey/templates";
import { aWorkshop, expectOk } from "../builders";

const stage = (id: string, x: number, y: number) => ({ id, position: { x, y } });
const handoff = (id: string, from: string, to: string) => ({ id, from, to, handoff: true });

const box = (s: LabelSpot) => ({
  left: s.x - s.width / 2,
  right: s.x + s.width / 2,
  top: s.y - s.height / 2,
  bottom: s.y + s.height / 2,
});
const stageBox = (s: { position: { x: number; y: number } }) => ({
  left: s.position.x,
  right: s.position.x + STAGE_WIDTH,
  top: s.position.y,
  bottom: s.position.y + STAGE_HEIGHT,
});
type Box = ReturnType<typeof box>;
const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** No label over a stage, none over another label. */
function expectClear(stages: { id: string; position: { x: number; y: number } }[], spots: Map<string, LabelSpot>) {
  const labels = [...spots.entries()];
  for (const [id, spot] of labels) {
    for (const s of stages) expect(meet(box(spot), stageBox(s)), `${id}'s label over stage ${s.id}`).toBe(false);
    for (const [other, o] of labels)
      if (other !== id) expect(meet(box(spot), box(o)), `${id}'s label over ${other}'s`).toBe(false);
  }
}

describe("where a handoff's label goes", () => {
  it("sits across a straight line in the wide gap Arrange leaves, at full width", () => {
    const spots = handoffLabelSpots(
      [stage("a", 0, 0), stage("b", STAGE_WIDTH + HANDOFF_GAP, 0)],
      [handoff("t", "a", "b")],
    );
    expect(spots.get("t")).toMatchObject({ narrow: false, width: HANDOFF_LABEL_WIDTH, y: STAGE_HEIGHT / 2, dy: 0 });
  });

  it("shrinks to a gap a stage was dragged into, and goes narrow off the line when there is no room", () => {
    const shrunk = handoffLabelSpots([stage("a", 0, 0), stage("b", STAGE_WIDTH + 240, 0)], [handoff("t", "a", "b")]);
    expect(shrunk.get("t")).toMatchObject({ narrow: false, width: 180 });
    const stages = [stage("a", 0, 0), stage("b", STAGE_WIDTH + RANK_GAP - 40, 0)];
    const tight = handoffLabelSpots(stages, [handoff("t", "a", "b")]);
    expect(tight.get("t")?.narrow).toBe(true);
    expectClear(stages, tight);
  });

  it("a handoff wrapping to the next row never puts its label under a stage of either row", () => {
    // Two rows 50 apart, as Arrange leaves a long journey: the lane between them is narrower than a label.
    const row2 = STAGE_HEIGHT + 50;
    const stages = [
      stage("a", 0, 0),
      stage("b", 460, 0),
      stage("c", 920, 0),
      stage("d", 0, row2),
      stage("e", 460, row2),
      stage("f", 920, row2),
    ];
    const spots = handoffLabelSpots(stages, [handoff("t", "c", "d"), handoff("u", "b", "c"), handoff("v", "d", "e")]);
    expect(spots.size).toBe(3);
    expectClear(stages, spots);
  });

  it("two handoffs out of one stage get a spot each", () => {
    const stages = [stage("a", 0, 0), stage("b", 460, -200), stage("c", 460, 200)];
    const spots = handoffLabelSpots(stages, [handoff("t", "a", "b"), handoff("u", "a", "c")]);
    expectClear(stages, spots);
  });

  it("no template, laid out for a projector, has a label over a stage or another label", () => {
    for (const key of TEMPLATE_KEYS) {
      const w = expectOk(applyTemplate(aWorkshop(), key));
      const handoffs = w.transitions.map((t) => ({ ...t, handoff: true }));
      expectClear(w.stages, handoffLabelSpots(w.stages, handoffs));
    }
  });
});

describe("fitting the journey to the screen", () => {
  it("covers the stages' handles and the labels above the top row, and keeps clear of the padding", () => {
    const stages = [stage("a", 0, 0), stage("b", 460, 0)];
    const transitions = [handoff("t", "a", "b")];
    const bounds = journeyBounds(stages, transitions) as NonNullable<ReturnType<typeof journeyBounds>>;
    expect(bounds.left).toBeLessThan(0);
    expect(bounds.right).toBeGreaterThan(460 + STAGE_WIDTH);
    const tight = [stage("a", 0, 0), stage("b", STAGE_WIDTH + 100, 0)];
    const above = journeyBounds(tight, transitions) as NonNullable<ReturnType<typeof journeyBounds>>;
    expect(above.top).toBeLessThan(0);
    const area = {
      width: 1000,
      height: 500,
      padding: { top: 20, right: 400, bottom: 20, left: 100 },
      minZoom: 0.1,
      maxZoom: 1.25,
    };
    const v = fitViewport(above, area);
    const screen = (x: number, y: number) => ({ x: x * v.zoom + v.x, y: y * v.zoom + v.y });
    const topLeft = screen(above.left, above.top);
    const bottomRight = screen(above.right, above.bottom);
    expect(topLeft.x).toBeGreaterThanOrEqual(100 - 1e-9);
    expect(topLeft.y).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(bottomRight.x).toBeLessThanOrEqual(600 + 1e-9);
    expect(bottomRight.y).toBeLessThanOrEqual(480 + 1e-9);
    expect(fitViewport({ left: 0, top: 0, right: 10, bottom: 10 }, area).zoom).toBe(1.25);
  });
});

describe("opening a journey too large to fit at its start", () => {
  it("puts the top-left of the journey, labels above the first row included, at the padding, at the zoom asked", () => {
    const stages = [stage("a", 200, 100), stage("b", 200 + STAGE_WIDTH + 100, 100), stage("c", 5000, 4000)];
    const bounds = journeyBounds(stages, [handoff("t", "a", "b")]) as NonNullable<ReturnType<typeof journeyBounds>>;
    expect(bounds.top).toBeLessThan(100);
    const v = startViewport(bounds, { top: 16, left: 100 }, 0.6);
    expect(v.zoom).toBe(0.6);
    expect(bounds.left * v.zoom + v.x).toBeCloseTo(100);
    expect(bounds.top * v.zoom + v.y).toBeCloseTo(16);
    expect(startViewport(null, { top: 16, left: 100 }, 0.6)).toEqual({ x: 0, y: 0, zoom: 0.6 });
  });
});

describe("label spots are worked out again only when something moved", () => {
  it("a renamed stage or a retyped trigger reuses them; a moved stage or a new handoff does not", () => {
    const stages = [
      { ...stage("a", 0, 0), name: "A" },
      { ...stage("b", 700, 0), name: "B" },
    ];
    const transitions = [{ ...handoff("t", "a", "b"), trigger: "" }];
    const first = labelSpotsOf(stages, transitions);
    const renamed = stages.map((s) => (s.id === "a" ? { ...s, name: "Lead" } : s));
    const retyped = transitions.map((t) => ({ ...t, trigger: "Score 80" }));
    expect(labelSpotsOf(renamed, retyped)).toBe(first);
    const moved = renamed.map((s) => (s.id === "b" ? { ...s, position: { x: 900, y: 0 } } : s));
    const again = labelSpotsOf(moved, retyped);
    expect(again).not.toBe(first);
    expect(again.get("t")?.x).not.toBe(first.get("t")?.x);
    expect(labelSpotsOf(moved, [...retyped, handoff("u", "b", "a")]).size).toBe(2);
  });
});
