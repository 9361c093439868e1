import { useEffect, useState } from "react";
import { isTimerRunning, timerOvertime, timerRemaining } from "../../../shared/workshop/timer";
import { useWorkshopStore } from "../../store/workshop-store";
import { clockText } from "./RoomClock";

/** The time-box as the strip shows it, on every phase: the facilitator keeps time while the room reads. */
export function TimeBoxLine() {
  const timer = useWorkshopStore((s) => s.workshop?.timer);
  const running = timer ? isTimerRunning(timer) : false;
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(new Date().toISOString()), 1000);
    return () => clearInterval(id);
  }, [running]);
  if (!timer || !running) return null;
  const left = timerRemaining(timer, now);
  return (
    <p className={`presenter-timebox${left <= 0 ? " presenter-timebox-up" : ""}`}>
      <span className="presenter-label">Time-box</span>{" "}
      {left > 0 ? `${clockText(left)} left` : `time’s up, over by ${clockText(timerOvertime(timer, now))}`}
    </p>
  );
}
