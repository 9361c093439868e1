import type { Team, Term } from "../workshop/model";
import { own } from "../workshop/own";

export interface SignalRow {
  signal: string;
  /** Ids of the teams that count this signal for the term, in team order. */
  countedBy: string[];
  /** Some teams count it and others do not: what the room has to settle. */
  disputed: boolean;
}

export interface SignalsMatrix {
  /** Every signal of the workshop, in the workshop's order. */
  rows: SignalRow[];
  /** Counted by every team. */
  shared: string[];
  disputed: string[];
}

/**
 * Which buyer signals each team counts for a term. A signal nobody counts is
 * neither shared nor disputed. Ticks for a team or a signal the workshop no
 * longer has are ignored.
 */
export function signalsMatrix(
  term: Pick<Term, "teamSignals">,
  teams: readonly Pick<Team, "id">[],
  signals: readonly string[],
): SignalsMatrix {
  const rows = signals.map((signal) => {
    const countedBy = teams.filter((t) => own(term.teamSignals, t.id)?.includes(signal)).map((t) => t.id);
    return { signal, countedBy, disputed: countedBy.length > 0 && countedBy.length < teams.length };
  });
  return {
    rows,
    shared: rows.filter((r) => teams.length > 0 && r.countedBy.length === teams.length).map((r) => r.signal),
    disputed: rows.filter((r) => r.disputed).map((r) => r.signal),
  };
}
