/** The session's spine, in the order the room works through it; the labels every screen and menu use. */
export const PHASES = [
  { key: "setup", label: "Set up" },
  { key: "journey", label: "Journey" },
  { key: "definitions", label: "Definitions" },
  { key: "agreement", label: "Agree" },
  { key: "measures", label: "Measures" },
  { key: "signoff", label: "Sign off" },
  { key: "export", label: "Export" },
] as const;

export type PhaseKey = (typeof PHASES)[number]["key"];
