import { COMMANDS, commandGroups, matchCommand } from "../../renderer/commands/catalogue";

const press = (key: string, mods: Partial<Record<"shiftKey" | "ctrlKey" | "metaKey" | "altKey", boolean>> = {}) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("the shortcut catalogue", () => {
  it("gives every command a unique id and lists each group once, in order", () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const groups = commandGroups().map((g) => g.group);
    expect(new Set(groups).size).toBe(groups.length);
    expect(commandGroups().flatMap((g) => g.commands)).toEqual(COMMANDS);
  });

  it("puts the open view's own keys first in the list, then everything else", () => {
    const order = commandGroups("agreement").map((g) => g.group);
    expect(order.slice(0, 3)).toEqual(["Agree", "Vote pad (click it first)", "Anywhere in a workshop"]);
    expect([...order].sort()).toEqual(
      commandGroups()
        .map((g) => g.group)
        .sort(),
    );
    expect(commandGroups("setup")).toEqual(commandGroups());
  });

  it("shows each key the way it is pressed", () => {
    for (const c of COMMANDS) {
      if (!c.match) continue;
      const shown = `${c.match.shift ? "Shift+" : ""}${c.match.key.toUpperCase()}`;
      expect(c.keys, c.id).toBe(shown);
    }
  });

  it("never gives one key two meanings in the same view, nor takes a key the shell or the map already uses", () => {
    const shellKeys = ["?", "pagedown", "pageup", "f5", "escape", "delete", "backspace", "enter", "f2"];
    for (const { group, commands } of commandGroups()) {
      const keys = commands.filter((c) => c.match).map((c) => `${c.match?.shift ? "shift+" : ""}${c.match?.key}`);
      expect(new Set(keys).size, group).toBe(keys.length);
      for (const k of keys) expect(shellKeys, `${group}: ${k}`).not.toContain(k);
    }
  });

  it("runs only what the open view has bound, with the exact shift state, and leaves modifier chords alone", () => {
    expect(matchCommand(press("t"), ["agreement.timer"])?.id).toBe("agreement.timer");
    expect(matchCommand(press("T", { shiftKey: true }), ["agreement.timer"])).toBeUndefined();
    expect(matchCommand(press("t"), ["journey.fit"])).toBeUndefined();
    expect(matchCommand(press("A", { shiftKey: true }), ["agreement.agreed"])?.id).toBe("agreement.agreed");
    expect(matchCommand(press("a"), ["agreement.agreed"])).toBeUndefined();
    expect(matchCommand(press("n"), ["measures.add"])?.id).toBe("measures.add");
    expect(matchCommand(press("n"), ["journey.add-stage"])?.id).toBe("journey.add-stage");
    for (const mod of ["ctrlKey", "metaKey", "altKey"] as const) {
      expect(matchCommand(press("t", { [mod]: true }), ["agreement.timer"])).toBeUndefined();
    }
  });
});
