/**
 * The one definition of "the user is typing": a single-key shortcut such as
 * "?" or N must never fire then. Buttons, checkboxes and the like are not
 * typing: a key pressed on them is free for shortcuts.
 */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return !["checkbox", "radio", "button", "submit", "range", "color"].includes(type);
}

/** Single keys must not fire while a dialog (palette, spotlight, start from…) has the room's attention. */
export function isInDialog(target: EventTarget | null): boolean {
  if (typeof document === "undefined") return false;
  if (target instanceof Element && target.closest("[role=dialog]")) return true;
  return document.querySelector("[aria-modal=true]") !== null;
}
