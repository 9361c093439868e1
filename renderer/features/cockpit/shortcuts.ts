/** Typing in a field must never trigger a single-key shortcut such as "?". */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return !["checkbox", "radio", "button", "submit", "range", "color"].includes(type);
}

export type CockpitKey =
  | { kind: "palette" }
  | { kind: "shortcuts" }
  | { kind: "present" }
  | { kind: "escape" }
  | { kind: "phase-step"; by: 1 | -1 }
  | { kind: "phase"; index: number };

type Keys = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey" | "target">;

export function cockpitKey(e: Keys): CockpitKey | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && e.key.toLowerCase() === "k") return { kind: "palette" };
  if (e.key === "F5") return { kind: "present" };
  if (e.key === "Escape") return { kind: "escape" };
  if (e.altKey && !mod && /^[1-9]$/.test(e.key)) return { kind: "phase", index: Number(e.key) - 1 };
  if (isTypingTarget(e.target)) return null;
  if (e.key === "?" && !mod) return { kind: "shortcuts" };
  if (e.key === "PageDown") return { kind: "phase-step", by: 1 };
  if (e.key === "PageUp") return { kind: "phase-step", by: -1 };
  return null;
}

/** Single keys of a view must not fire while a dialog (palette, spotlight, start from…) has the room's attention. */
export function isInDialog(target: EventTarget | null): boolean {
  if (typeof document === "undefined") return false;
  if (target instanceof Element && target.closest("[role=dialog]")) return true;
  return document.querySelector("[aria-modal=true]") !== null;
}
