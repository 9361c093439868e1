import { byId, termOfStage } from "../../shared/workshop/locate";

const term = (id: string, stageId: string | null) => ({ id, stageId });

describe("looking up by id and by stage", () => {
  it("finds the first item of an id, and nothing for an id not there", () => {
    const list = [
      { id: "a", n: 1 },
      { id: "b", n: 2 },
      { id: "a", n: 3 },
    ];
    expect(byId(list, "a")?.n).toBe(1);
    expect(byId(list, "b")?.n).toBe(2);
    expect(byId(list, "toString")).toBeUndefined();
  });

  it("finds a stage's first term, none for a stage without one, and reads a new list afresh", () => {
    const terms = [term("t1", null), term("t2", "s1"), term("t3", "s1"), term("t4", "s2")];
    expect(termOfStage(terms, "s1")?.id).toBe("t2");
    expect(termOfStage(terms, "s2")?.id).toBe("t4");
    expect(termOfStage(terms, "s3")).toBeUndefined();
    // An edit makes a new list: its index is its own, not the old list's.
    const edited = [term("t4", "s1"), ...terms.slice(0, 3)];
    expect(termOfStage(edited, "s1")?.id).toBe("t4");
    expect(termOfStage(edited, "s2")).toBeUndefined();
    expect(termOfStage(terms, "s2")?.id).toBe("t4");
  });
});
