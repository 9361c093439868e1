import { PHASES, type PhaseKey, phaseProgress } from "../../../shared/session/phases";
import { routeHash } from "../../app/route";
import { useWorkshopStore } from "../../store/workshop-store";

export interface StepperView {
  key: string;
  label: string;
}

const isPhase = (key: string): key is PhaseKey => PHASES.some((p) => p.key === key);

function StepProgress({ phase }: { phase: string }) {
  const summary = useWorkshopStore((s) =>
    s.workshop && isPhase(phase) ? phaseProgress(s.workshop, phase).summary : "",
  );
  return summary ? <span className="phase-progress">{summary}</span> : null;
}

/** The session's phases, always visible, each with where the room stands. */
export function PhaseStepper({
  workshopId,
  views,
  current,
}: {
  workshopId: string;
  views: StepperView[];
  current: string;
}) {
  return (
    <nav className="phase-stepper" aria-label="Workshop phases">
      <ol>
        {views.map((view, i) => (
          <li key={view.key}>
            <a
              className="phase-step"
              href={routeHash({ screen: "workshop", workshopId, view: view.key, target: null })}
              aria-current={view.key === current ? "step" : undefined}
              aria-keyshortcuts={`Alt+${i + 1}`}
            >
              <span className="phase-label">{view.label}</span>
              <StepProgress phase={view.key} />
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
