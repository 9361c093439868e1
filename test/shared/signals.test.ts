import { DEFAULT_SIGNALS } from "../../shared/workshop/create";
import { addSignal, removeSignal, renameSignal } from "../../shared/workshop/signals";
import { toggleSignal } from "../../shared/workshop/terms";
import { expectOk } from "../builders";
import { aJourney, deepFreeze, expectRefusal, expectValid, termNamed } from "./journey-builders";

/** The journey with Sales counting Budget and Timing for SAL, and Marketing counting Budget for MQL. */
function ticked() {
  const { w, marketing, sales } = aJourney();
  let next = expectOk(toggleSignal(w, "term-sal", sales, "Budget"));
  next = expectOk(toggleSignal(next, "term-sal", sales, "Timing"));
  next = expectOk(toggleSignal(next, "term-mql", marketing, "Budget"));
  return { w: deepFreeze(next), marketing, sales };
}

describe("signals", () => {
  it("adds a signal at the end of the list", () => {
    const { w } = aJourney();
    const next = expectValid(addSignal(w, " Pricing page visit "));
    expect(next.signals).toEqual([...DEFAULT_SIGNALS, "Pricing page visit"]);
  });

  it("refuses a blank signal and one already listed, whatever its case", () => {
    const { w } = aJourney();
    expect(expectRefusal(w, (f) => addSignal(f, "  "))).toEqual({ path: "name", message: "A signal needs a name." });
    expect(expectRefusal(w, (f) => addSignal(f, "budget"))).toEqual({
      path: "name",
      message: 'There is already a signal called "Budget".',
    });
  });

  it("refuses a signal beyond the list's limit of 200", () => {
    const { w } = aJourney();
    const full = { ...w, signals: Array.from({ length: 200 }, (_, i) => `Signal ${i}`) };
    expect(expectRefusal(full, (f) => addSignal(f, "One more")).message).toBe("A workshop has at most 200 signals.");
  });

  it("renaming a signal renames every tick of it", () => {
    const { w, marketing, sales } = ticked();
    const next = expectValid(renameSignal(w, "Budget", "Budget confirmed"));
    expect(next.signals).toContain("Budget confirmed");
    expect(next.signals).not.toContain("Budget");
    expect(termNamed(next, "SAL").teamSignals[sales]).toEqual(["Budget confirmed", "Timing"]);
    expect(termNamed(next, "MQL").teamSignals[marketing]).toEqual(["Budget confirmed"]);
  });

  it("may change only the case of a signal's own name", () => {
    const { w } = ticked();
    expect(expectValid(renameSignal(w, "Budget", "BUDGET")).signals).toContain("BUDGET");
  });

  it("refuses renaming an unknown signal, or to a blank or taken name", () => {
    const { w } = ticked();
    expect(expectRefusal(w, (f) => renameSignal(f, "Horoscope", "Stars"))).toEqual({
      path: "signal",
      message: '"Horoscope" is not one of this workshop\'s signals.',
    });
    expect(expectRefusal(w, (f) => renameSignal(f, "Budget", "")).path).toBe("$.signals[7]");
    expect(expectRefusal(w, (f) => renameSignal(f, "Budget", "timing")).message).toBe(
      'There is already a signal called "Timing".',
    );
  });

  it("removing a signal unticks it for every team and term", () => {
    const { w, marketing, sales } = ticked();
    const next = expectValid(removeSignal(w, "Budget"));
    expect(next.signals).not.toContain("Budget");
    expect(termNamed(next, "SAL").teamSignals[sales]).toEqual(["Timing"]);
    expect(termNamed(next, "MQL").teamSignals[marketing]).toEqual([]);
  });

  it("refuses removing a signal that is not listed", () => {
    const { w } = ticked();
    expect(expectRefusal(w, (f) => removeSignal(f, "Horoscope")).path).toBe("signal");
  });
});
