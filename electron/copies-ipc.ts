import { handle } from "./ipc-main";
import { keptCopiesIn } from "./storage/kept-copies";

/**
 * Kept copies in Electron: main writes them into a folder of the user's data
 * (electron/storage/kept-copies.ts checks every argument, which comes from a
 * page and is untrusted).
 */
export function registerKeptCopies(dir: string): void {
  const copies = keptCopiesIn(dir);
  handle("copies:put", async (_event, copy, text) => {
    if (typeof text !== "string") throw new Error("a kept copy is text");
    await copies.put(copy, text);
    return undefined;
  });
  handle("copies:list", () => copies.list());
  handle("copies:read", (_event, id) => copies.read(id));
  handle("copies:remove", async (_event, id) => {
    await copies.remove(id);
    return undefined;
  });
}
