import type { Timer } from "../../../shared/workshop/model";
import { isTimerRunning, timerOvertime, timerRemaining } from "../../../shared/workshop/timer";
import { formatCountdown } from "../../ui/format";
import { useNow } from "../../ui/useNow";

/** The time-box as the room sees it, read from this screen's own clock: the frame carries only start and length. */
export function RoomClock({ timer }: { timer: Timer }) {
  const running = isTimerRunning(timer);
  const now = useNow(running, 250);
  const remaining = timerRemaining(timer, now);
  const over = timerOvertime(timer, now);
  const up = running && remaining <= 0;
  return (
    <section className={`room-clock${up ? " room-clock-up" : ""}`} aria-label="Time-box">
      <p className="room-clock-time">{up ? "Time’s up" : formatCountdown(remaining)}</p>
      <p className="room-clock-note">
        {up
          ? `over by ${formatCountdown(over)}`
          : running
            ? "left"
            : `paused · ${Math.round(timer.durationSeconds / 60)} min`}
      </p>
    </section>
  );
}
