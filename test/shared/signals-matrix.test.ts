import { signalsMatrix } from "../../shared/glossary/signals-matrix";

const teams = [{ id: "marketing" }, { id: "sales" }];
const signals = ["Form fill", "Content download", "Demo request", "Budget"];

describe("the signals matrix of a term", () => {
  it("shows that marketing counts a download while sales requires budget", () => {
    const matrix = signalsMatrix(
      { teamSignals: { marketing: ["Content download", "Demo request"], sales: ["Demo request", "Budget"] } },
      teams,
      signals,
    );
    expect(matrix.rows).toEqual([
      { signal: "Form fill", countedBy: [], disputed: false },
      { signal: "Content download", countedBy: ["marketing"], disputed: true },
      { signal: "Demo request", countedBy: ["marketing", "sales"], disputed: false },
      { signal: "Budget", countedBy: ["sales"], disputed: true },
    ]);
    expect(matrix.shared).toEqual(["Demo request"]);
    expect(matrix.disputed).toEqual(["Content download", "Budget"]);
  });

  it("treats a team that ticked nothing as counting nothing", () => {
    const matrix = signalsMatrix({ teamSignals: { marketing: ["Form fill"] } }, teams, signals);
    expect(matrix.disputed).toEqual(["Form fill"]);
    expect(matrix.shared).toEqual([]);
  });

  it("ignores ticks for signals the workshop no longer lists, and follows the workshop's order", () => {
    const matrix = signalsMatrix(
      { teamSignals: { marketing: ["Budget", "Gone"], sales: ["Budget", "Form fill"] } },
      teams,
      signals,
    );
    expect(matrix.rows.map((r) => r.signal)).toEqual(signals);
    expect(matrix.shared).toEqual(["Budget"]);
    expect(matrix.disputed).toEqual(["Form fill"]);
  });
});
