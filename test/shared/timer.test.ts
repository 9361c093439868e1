import {
  extendTimer,
  isTimerRunning,
  pauseTimer,
  resetTimer,
  startTimer,
  timerOvertime,
  timerRemaining,
} from "../../shared/workshop/timer";
import { aWorkshop, expectOk, expectRefused } from "../builders";
import { deepFreeze, expectRefusal, expectValid } from "./journey-builders";

const START = "2026-11-22T14:00:00Z";
const plus = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();

describe("the discussion timer", () => {
  it("a new workshop has a stopped five-minute time-box", () => {
    const w = aWorkshop();
    expect(w.timer).toEqual({ durationSeconds: 300, startedAt: null, remainingSeconds: 300 });
    expect(timerRemaining(w.timer, START)).toBe(300);
  });

  it("counts down from when it was started", () => {
    const w = expectValid(startTimer(deepFreeze(aWorkshop()), START));
    expect(w.timer).toEqual({ durationSeconds: 300, startedAt: START, remainingSeconds: 300 });
    expect(timerRemaining(w.timer, plus(90))).toBe(210);
    expect(timerRemaining(w.timer, "2026-11-22T15:01:30+01:00")).toBe(210);
  });

  it("never shows less than zero, nor more than it had when the clock reads earlier", () => {
    const w = expectOk(startTimer(aWorkshop(), START));
    expect(timerRemaining(w.timer, plus(3600))).toBe(0);
    expect(timerRemaining(w.timer, plus(-60))).toBe(300);
  });

  it("pausing keeps what remained, and starting again continues from there", () => {
    const running = deepFreeze(expectOk(startTimer(aWorkshop(), START)));
    const paused = expectValid(pauseTimer(running, plus(100)));
    expect(paused.timer).toEqual({ durationSeconds: 300, startedAt: null, remainingSeconds: 200 });
    expect(timerRemaining(paused.timer, plus(5000))).toBe(200);
    const resumed = expectValid(startTimer(paused, plus(1000)));
    expect(timerRemaining(resumed.timer, plus(1050))).toBe(150);
  });

  it("starting a running timer or pausing a stopped one changes nothing", () => {
    const running = deepFreeze(expectOk(startTimer(aWorkshop(), START)));
    expect(expectValid(startTimer(running, plus(30)))).toBe(running);
    const stopped = deepFreeze(aWorkshop());
    expect(expectValid(pauseTimer(stopped, START))).toBe(stopped);
  });

  it("starting a timer that ran out starts a fresh time-box", () => {
    const running = expectOk(startTimer(aWorkshop(), START));
    const done = expectValid(pauseTimer(running, plus(400)));
    expect(done.timer.remainingSeconds).toBe(0);
    expect(expectValid(startTimer(done, plus(500))).timer).toMatchObject({
      startedAt: plus(500),
      remainingSeconds: 300,
    });
  });

  it("resetting stops it and fills it again, with a new length if given", () => {
    const running = deepFreeze(expectOk(startTimer(aWorkshop(), START)));
    expect(expectValid(resetTimer(running)).timer).toEqual({
      durationSeconds: 300,
      startedAt: null,
      remainingSeconds: 300,
    });
    expect(expectValid(resetTimer(running, 600)).timer).toEqual({
      durationSeconds: 600,
      startedAt: null,
      remainingSeconds: 600,
    });
  });

  it("refuses a time-box shorter than a second, longer than a day or not in whole seconds", () => {
    const w = aWorkshop();
    for (const seconds of [0, -5, 86_401, 90.5, Number.NaN]) {
      expect(expectRefusal(w, (f) => resetTimer(f, seconds))).toEqual({
        path: "durationSeconds",
        message: "A time-box must be a whole number of seconds, from 1 second to 24 hours.",
      });
    }
    expect(expectValid(resetTimer(w, 86_400)).timer.durationSeconds).toBe(86_400);
  });

  it("refuses a start or pause time that is not RFC 3339", () => {
    const w = aWorkshop();
    expect(expectRefusal(w, (f) => startTimer(f, "now")).path).toBe("at");
    const running = expectOk(startTimer(w, START));
    expect(expectRefusal(running, (f) => pauseTimer(f, "14:05")).path).toBe("at");
  });
});

describe("more time, and time over", () => {
  const at = "2026-11-22T10:00:00Z";
  const later = (seconds: number) => new Date(Date.parse(at) + seconds * 1000).toISOString();
  const running = (w = aWorkshop()) => expectOk(startTimer(expectOk(resetTimer(w, 300)), at));

  it("adds a minute to what is left of a running time-box, and it keeps running", () => {
    const w = expectOk(extendTimer(running(), 60, later(100)));
    expect(isTimerRunning(w.timer)).toBe(true);
    expect(timerRemaining(w.timer, later(100))).toBe(260);
    expect(w.timer.durationSeconds).toBe(300);
  });

  it("gives a time-box that ran out one more minute from now", () => {
    const over = running();
    expect(timerOvertime(over.timer, later(330))).toBe(30);
    const w = expectOk(extendTimer(over, 60, later(330)));
    expect(timerRemaining(w.timer, later(330))).toBe(60);
    expect(timerOvertime(w.timer, later(330))).toBe(0);
  });

  it("adds to a paused time-box without starting it", () => {
    const w = expectOk(extendTimer(expectOk(resetTimer(aWorkshop(), 300)), 60, at));
    expect(isTimerRunning(w.timer)).toBe(false);
    expect(w.timer.remainingSeconds).toBe(360);
  });

  it("refuses nonsense amounts, naming the field", () => {
    for (const seconds of [0, -60, 1.5, 7200]) {
      expect(expectRefused(extendTimer(aWorkshop(), seconds, at))[0]?.path).toBe("seconds");
    }
    expect(expectRefused(extendTimer(aWorkshop(), 60, "soon"))[0]?.path).toBe("at");
  });

  it("counts no overtime while paused or before zero", () => {
    expect(timerOvertime(aWorkshop().timer, at)).toBe(0);
    expect(timerOvertime(running().timer, later(10))).toBe(0);
  });
});
