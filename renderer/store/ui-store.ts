import { create } from "zustand";
import { persist } from "zustand/middleware";

export type ThemeChoice = "system" | "light" | "dark";

/** How the app looks and what overlay is open: preferences, not workshop content, so no undo. */
export interface UiState {
  theme: ThemeChoice;
  highContrast: boolean;
  /** Whether the time-box chimes when time is up. */
  chime: boolean;
  presenting: boolean;
  overlay: "none" | "palette" | "shortcuts";
  setTheme: (theme: ThemeChoice) => void;
  toggleHighContrast: () => void;
  toggleChime: () => void;
  setPresenting: (presenting: boolean) => void;
  openOverlay: (overlay: UiState["overlay"]) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: "system",
      highContrast: false,
      chime: true,
      presenting: false,
      overlay: "none",
      setTheme: (theme) => set({ theme }),
      toggleHighContrast: () => set((s) => ({ highContrast: !s.highContrast })),
      toggleChime: () => set((s) => ({ chime: !s.chime })),
      setPresenting: (presenting) => set({ presenting }),
      openOverlay: (overlay) => set({ overlay }),
    }),
    {
      name: "accord.ui",
      // Only lasting preferences survive a restart; a reload never starts presenting.
      partialize: (s) => ({ theme: s.theme, highContrast: s.highContrast, chime: s.chime }),
    },
  ),
);

export const THEME_ORDER: ThemeChoice[] = ["system", "light", "dark"];

/** What a theme choice looks like now: "system" is light or dark as the computer is set. */
export const lookOf = (theme: ThemeChoice, systemDark: boolean): "light" | "dark" =>
  theme === "system" ? (systemDark ? "dark" : "light") : theme;

/**
 * The next choice in the cycle that changes what the screen looks like: on
 * a light computer, "system" is already light, so the next is dark.
 */
export function nextTheme(theme: ThemeChoice, systemDark = false): ThemeChoice {
  let next = theme;
  for (let i = 0; i < THEME_ORDER.length; i++) {
    next = THEME_ORDER[(THEME_ORDER.indexOf(next) + 1) % THEME_ORDER.length] ?? "system";
    if (lookOf(next, systemDark) !== lookOf(theme, systemDark)) return next;
  }
  return next;
}

/** Whether the computer asks for dark (false where it cannot say, as in tests). */
export const systemPrefersDark = (): boolean =>
  typeof window !== "undefined" && (window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);

/** The palette's words for the theme command: what it will switch to, and what the screen is now. */
export function themeCommandLabel(theme: ThemeChoice, systemDark: boolean): string {
  const next = nextTheme(theme, systemDark);
  const now = theme === "system" ? `system, ${lookOf(theme, systemDark)}` : theme;
  const to = next === "system" ? `the computer's theme (${lookOf(next, systemDark)})` : `${next} theme`;
  return `Switch to ${to} · now ${now}`;
}
