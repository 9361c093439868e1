import { useEffect, useRef } from "react";
import { isTimerRunning, timerOvertime, timerRemaining } from "../../../shared/workshop/timer";
import { useBindCommands } from "../../commands/bind";
import { useUiStore } from "../../store/ui-store";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { formatCountdown } from "../../ui/format";
import { useNow } from "../../ui/useNow";
import { playChime } from "./chime";
import { now } from "./clock";

/** Seconds left, re-read a few times a second while running; the store only holds start and pause. */
function useRemaining(): number {
  const timer = useWorkshopStore((s) => s.workshop?.timer);
  const running = timer ? isTimerRunning(timer) : false;
  // Re-rendered by the tick; the clock itself is read at render, so a pause or a start shows at once.
  useNow(running, 250);
  return timer ? timerRemaining(timer, now()) : 0;
}

/** The time-box: big enough to read from the back, a gentle pulse and chime at zero. */
export function TimeBox() {
  const timer = useWorkshopStore((s) => s.workshop?.timer);
  const remaining = useRemaining();
  const running = timer ? isTimerRunning(timer) : false;
  const done = running && remaining <= 0;
  const chimed = useRef(false);
  const chime = useUiStore((s) => s.chime);
  // After time ran out, Start means a fresh time-box of the same length.
  const startOrPause = () =>
    running && !done ? edit("pauseTimer", now()) : done ? edit("restartTimer", now()) : edit("startTimer", now());
  const reset = () => edit("resetTimer");
  const more = () => edit("extendTimer", 60, now());
  useBindCommands({ "agreement.timer": startOrPause, "agreement.timer-reset": reset, "agreement.timer-more": more });
  useEffect(() => {
    if (done && !chimed.current && useUiStore.getState().chime) playChime();
    chimed.current = done;
  }, [done]);
  if (!timer) return null;
  const minutes = Math.round(timer.durationSeconds / 60);
  return (
    <section className={`timebox${done ? " timebox-done" : ""}`} aria-label="Time-box">
      <output className="timebox-clock" aria-live={done ? "assertive" : "off"}>
        {done ? `Time’s up · over by ${formatCountdown(timerOvertime(timer, now()))}` : formatCountdown(remaining)}
      </output>
      <div className="timebox-controls">
        {running && !done ? (
          <button type="button" className="btn" onClick={startOrPause} aria-keyshortcuts="T">
            Pause
          </button>
        ) : (
          <button type="button" className="btn btn-primary" onClick={startOrPause} aria-keyshortcuts="T">
            Start
          </button>
        )}
        <button type="button" className="btn" onClick={more} aria-keyshortcuts="+">
          +1 min
        </button>
        <button type="button" className="btn" onClick={reset} aria-keyshortcuts="R">
          Reset
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          aria-pressed={chime}
          onClick={() => useUiStore.getState().toggleChime()}
        >
          {chime ? "Sound on" : "Sound off"}
        </button>
        <label className="timebox-length">
          <input
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={(e) => {
              const m = e.target.valueAsNumber;
              if (m >= 1) edit("resetTimer", Math.round(m * 60));
            }}
          />
          <span>min</span>
        </label>
      </div>
    </section>
  );
}
