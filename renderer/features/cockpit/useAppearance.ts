import { useEffect } from "react";
import { useUiStore } from "../../store/ui-store";

/** Puts the theme, contrast and presentation choices on <html>, where the CSS reads them. */
export function useAppearance() {
  const theme = useUiStore((s) => s.theme);
  const highContrast = useUiStore((s) => s.highContrast);
  const presenting = useUiStore((s) => s.presenting);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "system") delete root.dataset.theme;
    else root.dataset.theme = theme;
    if (highContrast) root.dataset.contrast = "high";
    else delete root.dataset.contrast;
    root.dataset.presenting = String(presenting);
  }, [theme, highContrast, presenting]);
}
