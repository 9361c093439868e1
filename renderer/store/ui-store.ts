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

export function nextTheme(theme: ThemeChoice): ThemeChoice {
  return THEME_ORDER[(THEME_ORDER.indexOf(theme) + 1) % THEME_ORDER.length] ?? "system";
}
