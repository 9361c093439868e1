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

/** Seconds a running time-box has gone past zero: what the room sees as "over by 1:20". */
export function timerOvertime(timer: Timer, nowIso: string): number {
  if (timer.startedAt === null) return 0;
  const elapsed = (Date.parse(nowIso) - Date.parse(timer.startedAt)) / 1000;
  if (Number.isNaN(elapsed)) throw new Error(`timerOvertime needs RFC 3339 times, got "${nowIso}"`);
  return Math.max(0, elapsed - timer.remainingSeconds);
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

/** At most an hour is added at once: "+1 min" pressed by mistake many times should not become a day. */
export const TIMER_EXTEND_MAX_SECONDS = 3600;

/**
 * More time on the time-box ("+1 min"), added to what is left now, running
 * or paused; a running box that already ran out runs on from now with it.
 * Its length (what Reset fills it with) stays.
 */
export function extendTimer(w: Workshop, seconds: number, at: string): Result {
  const invalid = firstProblem(
    checkTime("at", at),
    Number.isInteger(seconds) && seconds >= 1 && seconds <= TIMER_EXTEND_MAX_SECONDS
      ? null
      : problem("seconds", "More time is a whole number of seconds, from 1 second to an hour."),
  );
  if (invalid) return invalid;
  const remainingSeconds = Math.min(TIMER_MAX_SECONDS, timerRemaining(w.timer, at) + seconds);
  const startedAt = isTimerRunning(w.timer) ? at : null;
  return ok({ ...w, timer: { ...w.timer, startedAt, remainingSeconds } });
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
