import { type ThemeChoice, useUiStore } from "../../store/ui-store";

const LABELS: Record<ThemeChoice, string> = { system: "System theme", light: "Light", dark: "Dark" };

export function AppearanceControls() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const highContrast = useUiStore((s) => s.highContrast);
  const toggleHighContrast = useUiStore((s) => s.toggleHighContrast);
  return (
    <div className="appearance">
      <select aria-label="Theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {(Object.keys(LABELS) as ThemeChoice[]).map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
      <button type="button" className="btn" aria-pressed={highContrast} onClick={toggleHighContrast}>
        High contrast
      </button>
    </div>
  );
}
