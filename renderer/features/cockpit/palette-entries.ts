import type { Workshop } from "../../../shared/workshop/model";

export interface PaletteEntry {
  id: string;
  kind: "Phase" | "Action" | "Stage" | "Term" | "Definitions" | "Spotlight";
  label: string;
  /** The shortcut that does the same, shown beside it so the palette teaches the keys. */
  keys?: string;
  run: () => void;
}

export interface PaletteContext {
  workshop: Workshop | null;
  /** The commands that can run now, as the palette lists them (see renderer/commands/registry.ts). */
  commands: { id: string; label: string; keys: string; phase: boolean; run: () => void }[];
  views: readonly { key: string }[];
  /** Opens a view; with a target, on that stage or term, and with a field, in it or doing it (see route.ts). */
  goToView: (key: string, target?: string, field?: string) => void;
}

/** The route's field for a term shown in the spotlight on the Definitions board. */
export const SPOTLIGHT_FIELD = "spotlight";

/** Everything the palette can find: phases and actions (the commands available now), and the workshop's stages and terms. */
export function paletteEntries({ workshop, commands, views, goToView }: PaletteContext): PaletteEntry[] {
  const entries: PaletteEntry[] = commands.map((c) => ({
    id: `command:${c.id}`,
    kind: c.phase ? "Phase" : "Action",
    label: c.label,
    ...(c.keys ? { keys: c.keys } : {}),
    run: c.run,
  }));
  if (!workshop) return entries;
  const hasView = (key: string) => views.some((v) => v.key === key);
  // A stage lands selected on the map; every term (a stage's too) opens on Agree, where it is settled,
  // and on the Definitions board at its row, where the teams' words are.
  if (hasView("journey")) {
    for (const stage of workshop.stages) {
      entries.push({
        id: `stage:${stage.id}`,
        kind: "Stage",
        label: stage.name,
        run: () => goToView("journey", stage.id),
      });
    }
  }
  for (const term of workshop.terms) {
    if (hasView("agreement")) {
      entries.push({
        id: `term:${term.id}`,
        kind: "Term",
        label: term.term,
        run: () => goToView("agreement", term.id),
      });
    }
    if (hasView("definitions")) {
      entries.push({
        id: `definitions:${term.id}`,
        kind: "Definitions",
        label: term.term,
        run: () => goToView("definitions", term.id),
      });
      // The teams' words of one term, large, for the room: from anywhere, not only the board.
      entries.push({
        id: `spotlight:${term.id}`,
        kind: "Spotlight",
        label: term.term,
        run: () => goToView("definitions", term.id, SPOTLIGHT_FIELD),
      });
    }
  }
  return entries;
}

/** Every word typed must appear somewhere in the entry, in any order: "exp back" finds "Export backup". */
export function filterEntries(entries: PaletteEntry[], query: string): PaletteEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((e) => {
    const haystack = `${e.kind} ${e.label}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
