import { checkName, firstProblem } from "./checks";
import { LIMITS, type Term, type Workshop } from "./model";
import { ok, type Result, refuse } from "./result";

const SIGNALS_MAX = LIMITS.signals;

/** Signals are named by their text, so a term's ticks follow every rename and removal. */
function eachTermSignals(w: Workshop, change: (signals: string[]) => string[]): Term[] {
  return w.terms.map((term) => {
    const teamSignals = Object.fromEntries(Object.entries(term.teamSignals).map(([team, s]) => [team, change(s)]));
    return { ...term, teamSignals };
  });
}

const unknownSignal = (signal: string) => refuse("signal", `"${signal}" is not one of this workshop's signals.`);

export function addSignal(w: Workshop, name: string): Result {
  const trimmed = name.trim();
  if (w.signals.length >= SIGNALS_MAX) return refuse("$.signals", `A workshop has at most ${SIGNALS_MAX} signals.`);
  const invalid = firstProblem(checkName("name", "signal", trimmed, w.signals));
  if (invalid) return invalid;
  return ok({ ...w, signals: [...w.signals, trimmed] });
}

export function renameSignal(w: Workshop, signal: string, name: string): Result {
  const index = w.signals.indexOf(signal);
  if (index < 0) return unknownSignal(signal);
  const trimmed = name.trim();
  const invalid = firstProblem(
    checkName(
      `$.signals[${index}]`,
      "signal",
      trimmed,
      w.signals.filter((s) => s !== signal),
    ),
  );
  if (invalid) return invalid;
  return ok({
    ...w,
    signals: w.signals.map((s) => (s === signal ? trimmed : s)),
    terms: eachTermSignals(w, (ticked) => ticked.map((s) => (s === signal ? trimmed : s))),
  });
}

/** Removing a signal unticks it everywhere: a tick for a signal nobody can see would mislead. */
export function removeSignal(w: Workshop, signal: string): Result {
  if (!w.signals.includes(signal)) return unknownSignal(signal);
  return ok({
    ...w,
    signals: w.signals.filter((s) => s !== signal),
    terms: eachTermSignals(w, (ticked) => ticked.filter((s) => s !== signal)),
  });
}
