import { termNamedBy } from "../../shared/workshop/glossary";
import { aJourney } from "./journey-builders";

describe("the term a link names", () => {
  it("is the term with that id, or the term of the stage with that id, and nothing for an id that is gone", () => {
    const { w } = aJourney();
    const sal = w.terms.find((t) => t.stageId === "sal");
    expect(sal).toBeDefined();
    expect(termNamedBy(w, sal?.id ?? "")).toBe(sal);
    expect(termNamedBy(w, "sal")).toBe(sal);
    expect(termNamedBy(w, "gone")).toBeUndefined();
  });
});
