import { shortcutGroups } from "../../renderer/commands/groups";
import { type CommandContext, commandForKey, isAvailable } from "../../renderer/commands/registry";
import { paletteEntries } from "../../renderer/features/cockpit/palette-entries";
import { COMMANDS, type CommandSpec, keysOf } from "../../shared/commands/catalogue";
import type { Chord } from "../../shared/commands/chords";

/** The context a command lives in: its screen and view, with every screen command implemented. */
function contextFor(spec: CommandSpec, more: Partial<CommandContext> = {}): CommandContext {
  const bound = Object.fromEntries(COMMANDS.map((c) => [c.id, () => undefined]));
  const route: CommandContext["route"] =
    spec.scope === "home"
      ? { screen: "home" }
      : { screen: "workshop", workshopId: "w", view: spec.scope === "workshop" ? "setup" : spec.scope, target: null };
  // Esc only means something with something to close.
  return { route, bound, overlay: "none", presenting: spec.id === "view.escape", ...more };
}

function pressing(chord: Chord, target: EventTarget | null = document.body) {
  return {
    key: chord.key.length === 1 ? (chord.shift === true ? chord.key.toUpperCase() : chord.key) : chord.key,
    ctrlKey: Boolean(chord.mod),
    metaKey: false,
    shiftKey: chord.shift === true,
    altKey: Boolean(chord.alt),
    target,
    defaultPrevented: false,
  };
}

/** Commands no key runs, on purpose: the palette and the menu reach them. */
const PALETTE_AND_MENU_ONLY = ["workshop.home", "view.theme", "view.contrast", "room.open"];

describe("the command registry", () => {
  it("gives every command a unique id", () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
  });

  it("reaches every command from its keys, in the place it belongs", () => {
    for (const spec of COMMANDS) {
      if (PALETTE_AND_MENU_ONLY.includes(spec.id)) {
        expect(spec.chords, spec.id).toEqual([]);
        continue;
      }
      expect(spec.chords.length, spec.id).toBeGreaterThan(0);
      for (const chord of spec.chords)
        expect(commandForKey(pressing(chord), contextFor(spec))?.id, spec.id).toBe(spec.id);
    }
  });

  it("reaches every command from the palette where it can run", () => {
    for (const spec of COMMANDS.filter((c) => c.palette !== false)) {
      const ctx = contextFor(spec);
      const commands = COMMANDS.filter((c) => isAvailable(c, ctx)).map((c) => ({
        id: c.id,
        label: c.label,
        keys: keysOf(c),
        phase: c.group === "Phases",
        run: () => undefined,
      }));
      const entries = paletteEntries({ workshop: null, commands, views: [], goToView: () => undefined });
      expect(
        entries.map((e) => e.id),
        spec.id,
      ).toContain(`command:${spec.id}`);
    }
  });

  it("fires no single key while the keyboard is in a field; only the few that must (Ctrl+Z, F5, Esc, Alt+n) do", () => {
    const field = document.createElement("textarea");
    document.body.append(field);
    for (const spec of COMMANDS) {
      for (const chord of spec.chords) {
        const found = commandForKey(pressing(chord, field), contextFor(spec));
        expect(found?.id, spec.id).toBe(spec.whileTyping ? spec.id : undefined);
      }
    }
    expect(COMMANDS.filter((c) => c.whileTyping && c.chords.some((ch) => !ch.mod && !ch.alt)).map((c) => c.id)).toEqual(
      ["view.present", "view.escape"],
    );
    field.remove();
  });

  it("never gives one key two meanings in the same place", () => {
    const places = new Set(COMMANDS.map((c) => c.scope));
    for (const place of places) {
      const here = COMMANDS.filter((c) => c.scope === place || (place !== "home" && c.scope === "workshop"));
      const chords = here.flatMap((c) => c.chords.map((ch) => JSON.stringify({ ...ch, shift: ch.shift ?? false })));
      expect(new Set(chords).size, place).toBe(chords.length);
    }
  });

  it("runs a view's command only on that view, and only once the view implements it", () => {
    const spec = COMMANDS.find((c) => c.id === "agreement.timer") as CommandSpec;
    const [chord] = spec.chords as [Chord];
    expect(commandForKey(pressing(chord), contextFor(spec))?.id).toBe("agreement.timer");
    expect(commandForKey(pressing(chord), contextFor(spec, { bound: {} }))).toBeUndefined();
    const journey = { screen: "workshop" as const, workshopId: "w", view: "journey", target: null };
    expect(commandForKey(pressing(chord), contextFor(spec, { route: journey }))).toBeUndefined();
    expect(commandForKey({ ...pressing(chord), shiftKey: true, key: "T" }, contextFor(spec))).toBeUndefined();
    expect(commandForKey({ ...pressing(chord), ctrlKey: true }, contextFor(spec))).toBeUndefined();
  });

  it("leaves a key a widget already used alone, and single keys alone while a dialog is open", () => {
    const spec = COMMANDS.find((c) => c.id === "help.shortcuts") as CommandSpec;
    const [chord] = spec.chords as [Chord];
    expect(commandForKey({ ...pressing(chord), defaultPrevented: true }, contextFor(spec))).toBeUndefined();
    expect(commandForKey(pressing(chord), contextFor(spec, { overlay: "palette" }))).toBeUndefined();
  });
});

describe("the ? list", () => {
  it("puts the open view's own keys first, then everything else, each key as it is pressed", () => {
    const order = shortcutGroups("agreement").map((g) => g.group);
    expect(order.slice(0, 2)).toEqual(["Agree", "Vote pad (click it first)"]);
    expect([...order].sort()).toEqual(
      shortcutGroups()
        .map((g) => g.group)
        .sort(),
    );
    const agree = shortcutGroups("agreement")[0]?.lines ?? [];
    expect(agree.find((l) => l.id === "agreement.agreed")?.keys).toBe("Shift+A");
    const shell = shortcutGroups().find((g) => g.group === "Anywhere in a workshop")?.lines ?? [];
    expect(shell.find((l) => l.id === "edit.redo")?.keys).toBe("Ctrl/⌘+Shift+Z, Ctrl/⌘+Y");
  });
});
