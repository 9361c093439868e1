import { buildCharter, buildLayout } from "../../shared/charter/build";
import { applyTemplate } from "../../shared/journey/templates";
import { mapGeometry } from "../../shared/pdf/journey-geometry";
import { aWorkshop, expectOk } from "../builders";

/** The demand waterfall as "Arrange" lays it out for a projector: it wraps SAL → SQL onto a second row. */
const waterfall = () => expectOk(applyTemplate(aWorkshop(), "demand-waterfall"));

describe("the journey map in the PDF", () => {
  it("runs a line that wraps to the next row through the lane between rows, never across a stage", () => {
    const w = waterfall();
    const charter = buildCharter(w);
    const map = mapGeometry(charter, buildLayout(w), 515, 600);
    expect(map.asDrawn).toBe(true);
    const id = (name: string) => w.stages.find((s) => s.name === name)?.id;
    const box = (name: string) => map.boxes.find((b) => b.id === id(name));
    const wrap = map.arrows.find((a) => {
      const t = w.transitions.find((x) => x.id === a.id);
      return t?.from === id("SAL") && t?.to === id("SQL");
    });
    expect(wrap?.via).toHaveLength(4);
    const laneY = wrap?.via[1]?.y ?? Number.NaN;
    const sal = box("SAL");
    expect(laneY).toBeGreaterThan((sal?.y ?? 0) + (sal?.height ?? 0));
    for (const b of map.boxes) {
      expect(laneY < b.y || laneY > b.y + b.height, `lane crosses ${b.id}`).toBe(true);
    }
    // Arrows within a row stay straight.
    const inRow = map.arrows.filter((a) => a !== wrap);
    expect(inRow.every((a) => a.via.length === 0)).toBe(true);
    // Every bend stays on the page.
    for (const p of wrap?.via ?? []) expect(p.x >= 0 && p.x <= 515).toBe(true);
  });
});
