import { isTimerRunning, timerOvertime, timerRemaining } from "../../../shared/workshop/timer";
import { useWorkshopStore } from "../../store/workshop-store";
import { formatCountdown } from "../../ui/format";
import { useNow } from "../../ui/useNow";

/** The time-box as the strip shows it, on every phase: the facilitator keeps time while the room reads. */
export function TimeBoxLine() {
  const timer = useWorkshopStore((s) => s.workshop?.timer);
  const running = timer ? isTimerRunning(timer) : false;
  const now = useNow(running, 1000);
  if (!timer || !running) return null;
  const left = timerRemaining(timer, now);
  return (
    <p className={`presenter-timebox${left <= 0 ? " presenter-timebox-up" : ""}`}>
      <span className="presenter-label">Time-box</span>{" "}
      {left > 0 ? `${formatCountdown(left)} left` : `time’s up, over by ${formatCountdown(timerOvertime(timer, now))}`}
    </p>
  );
}
