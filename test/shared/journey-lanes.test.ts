import { wrapLaneY } from "../../shared/journey/lanes";
import { STAGE_HEIGHT } from "../../shared/journey/layout";

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });

describe("the lane a wrapping transition runs in", () => {
  it("is the middle of the gap under the row it leaves, even when the next row has a stage higher than its target", () => {
    const stages = [at("sal", 900, 0), at("lost", 300, 240), at("sql", 0, 320), at("won", 300, 420)];
    // Row 1 ends at STAGE_HEIGHT; row 2 starts with Closed/Lost at 240, above SQL.
    expect(wrapLaneY(stages, "sal", "sql")).toBe((STAGE_HEIGHT + 240) / 2);
  });

  it("is none for a transition within a row, going up, or naming a stage that is gone", () => {
    const stages = [at("a", 0, 0), at("b", 400, 20), at("c", 0, 300)];
    expect(wrapLaneY(stages, "a", "b")).toBeNull();
    expect(wrapLaneY(stages, "c", "a")).toBeNull();
    expect(wrapLaneY(stages, "a", "gone")).toBeNull();
  });
});
