import { TEMPLATES, type TemplateKey } from "../../shared/journey/templates";
import "./template-picker.css";

/**
 * The journey templates as large cards, offered when a workshop is created
 * (home) and as "Start from…" on the map; the choice is applied with
 * `applyTemplate(workshop, key)` from shared/journey/templates.
 */
export function TemplatePicker({ onPick, verb = "Start from" }: { onPick: (key: TemplateKey) => void; verb?: string }) {
  return (
    <ul className="template-picker" aria-label="Journey templates">
      {TEMPLATES.map((t) => (
        <li key={t.key}>
          <button type="button" className="template-card" onClick={() => onPick(t.key)}>
            <span className="template-card-name">
              <span className="visually-hidden">{verb} </span>
              {t.name}
            </span>
            <span className="template-card-stages">
              {t.stages.length === 0
                ? "No stages"
                : t.stages
                    .filter((s) => !s.outcome)
                    .map((s) => s.name)
                    .join(" → ")}
            </span>
            <span className="template-card-description">{t.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
