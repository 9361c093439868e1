import { handoffLabelPlacement } from "../../renderer/features/journey/TransitionEdge";
import { HANDOFF_GAP, HANDOFF_LABEL_WIDTH, RANK_GAP } from "../../shared/journey/layout";

describe("where a handoff's label goes", () => {
  it("sits across a straight line in the wide gap Arrange leaves, at full width", () => {
    const p = handoffLabelPlacement(190, 75, 0, 75, HANDOFF_GAP, 75);
    expect(p.narrow).toBe(false);
    expect(p.style.width).toBe(HANDOFF_LABEL_WIDTH);
    expect(p.style.transform).toContain("translate(-50%, -50%)");
  });

  it("shrinks to a gap a stage was dragged into, and goes narrow above the line when there is no room or the line bends", () => {
    expect(handoffLabelPlacement(120, 75, 0, 75, 240, 75).style.width).toBe(180);
    const tight = handoffLabelPlacement(80, 75, 0, 75, RANK_GAP, 75);
    expect(tight.narrow).toBe(true);
    expect(tight.style.transform).toContain("translate(-50%, -100%)");
    expect(handoffLabelPlacement(190, 150, 0, 75, HANDOFF_GAP, 225).narrow).toBe(true);
  });
});
