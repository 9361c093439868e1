/**
 * A key as the facilitator presses it. `mod` is Ctrl, or ⌘ on a Mac; a
 * `shift` of "any" is for keys that need Shift on some layouts and not on
 * others ("?").
 */
export interface Chord {
  key: string;
  mod?: boolean;
  shift?: boolean | "any";
  alt?: boolean;
}

export type Pressed = Pick<KeyboardEventLike, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">;

/** The parts of a key event a chord is matched on; shared/ never sees the DOM's own type. */
export interface KeyboardEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesChord(e: Pressed, chord: Chord): boolean {
  return (
    e.key.toLowerCase() === chord.key &&
    (e.ctrlKey || e.metaKey) === Boolean(chord.mod) &&
    e.altKey === Boolean(chord.alt) &&
    (chord.shift === "any" || e.shiftKey === Boolean(chord.shift))
  );
}

const NAMES: Record<string, string> = {
  pagedown: "PageDown",
  pageup: "PageUp",
  escape: "Esc",
  f5: "F5",
};

const keyName = (key: string) => NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);

/** How the `?` list, the palette and a button's hint show a chord: "Ctrl/⌘+Shift+Z". */
export function chordLabel(chord: Chord): string {
  return `${chord.mod ? "Ctrl/⌘+" : ""}${chord.alt ? "Alt+" : ""}${chord.shift === true ? "Shift+" : ""}${keyName(chord.key)}`;
}

/** The same chord as an Electron accelerator, for the native menu to show. */
export function chordAccelerator(chord: Chord): string {
  const key = chord.key === "escape" ? "Esc" : keyName(chord.key);
  return `${chord.mod ? "CmdOrCtrl+" : ""}${chord.alt ? "Alt+" : ""}${chord.shift === true ? "Shift+" : ""}${key}`;
}
