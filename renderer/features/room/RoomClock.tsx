import { useEffect, useState } from "react";
import type { Timer } from "../../../shared/workshop/model";
import { isTimerRunning, timerOvertime, timerRemaining } from "../../../shared/workshop/timer";

export const clockText = (seconds: number) => {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
};

/** The time-box as the room sees it, read from this screen's own clock: the frame carries only start and length. */
export function RoomClock({ timer }: { timer: Timer }) {
  const running = isTimerRunning(timer);
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(new Date().toISOString()), 250);
    return () => clearInterval(id);
  }, [running]);
  const remaining = timerRemaining(timer, now);
  const over = timerOvertime(timer, now);
  const up = running && remaining <= 0;
  return (
    <section className={`room-clock${up ? " room-clock-up" : ""}`} aria-label="Time-box">
      <p className="room-clock-time">{up ? "Time’s up" : clockText(remaining)}</p>
      <p className="room-clock-note">
        {up
          ? `over by ${clockText(over)}`
          : running
            ? "left"
            : `paused · ${Math.round(timer.durationSeconds / 60)} min`}
      </p>
    </section>
  );
}
