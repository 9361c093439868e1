import { checkTime, firstProblem, problem } from "./checks";
import { LIMITS, type Timer, type Workshop } from "./model";
import { ok, type Result } from "./result";

/** The model's range for a time-box: one second to a whole day. */
export const TIMER_MIN_SECONDS = 1;
export const TIMER_MAX_SECONDS = LIMITS.timerSeconds;

/**
 * Seconds left at `nowIso`, never below 0. A running timer stores when it
 * started and what remained then, so it survives a reload; a clock that reads
 * earlier than the start counts as no time passed.
 */
export function timerRemaining(timer: Timer, nowIso: string): number {
  if (timer.startedAt === null) return timer.remainingSeconds;
  // Parsing given times is pure; only the caller reads the clock.
  const elapsed = (Date.parse(nowIso) - Date.parse(timer.startedAt)) / 1000;
  if (Number.isNaN(elapsed)) throw new Error(`timerRemaining needs RFC 3339 times, got "${nowIso}"`);
  return Math.max(0, timer.remainingSeconds - Math.max(0, elapsed));
}

export const isTimerRunning = (timer: Timer): boolean => timer.startedAt !== null;

/** Starting a timer that has run out starts a fresh time-box of the same length. */
export function startTimer(w: Workshop, at: string): Result {
  const invalid = firstProblem(checkTime("at", at));
  if (invalid) return invalid;
  if (isTimerRunning(w.timer)) return ok(w);
  const remainingSeconds = w.timer.remainingSeconds > 0 ? w.timer.remainingSeconds : w.timer.durationSeconds;
  return ok({ ...w, timer: { ...w.timer, startedAt: at, remainingSeconds } });
}

export function pauseTimer(w: Workshop, at: string): Result {
  const invalid = firstProblem(checkTime("at", at));
  if (invalid) return invalid;
  if (!isTimerRunning(w.timer)) return ok(w);
  return ok({ ...w, timer: { ...w.timer, startedAt: null, remainingSeconds: timerRemaining(w.timer, at) } });
}

/** A fresh time-box of the same length, running from `at`: what Start means once time ran out. */
export function restartTimer(w: Workshop, at: string): Result {
  const reset = resetTimer(w);
  return reset.ok ? startTimer(reset.value, at) : reset;
}

/** Stops the timer and fills it again, optionally with a new length. */
export function resetTimer(w: Workshop, durationSeconds: number = w.timer.durationSeconds): Result {
  const invalid = firstProblem(
    Number.isInteger(durationSeconds) && durationSeconds >= TIMER_MIN_SECONDS && durationSeconds <= TIMER_MAX_SECONDS
      ? null
      : problem("durationSeconds", "A time-box must be a whole number of seconds, from 1 second to 24 hours."),
  );
  if (invalid) return invalid;
  return ok({ ...w, timer: { durationSeconds, startedAt: null, remainingSeconds: durationSeconds } });
}
