import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { app, BrowserWindow, dialog } from "electron";
import { fileTooLargeMessage, readPickedFile } from "../shared/host";
import { writeFileAtomic } from "./atomic-write";
import { decideSave, defaultSavePath, openSizeLimit, parseOpenRequest, parseSaveRequest } from "./file-requests";
import { handle } from "./ipc-main";

/** file:open and file:save: native dialogs, a size limit on reading, atomic writes. */
export function registerFileHandlers(): void {
  handle("file:open", async (event, raw) => {
    const request = parseOpenRequest(raw);
    if (request === null) throw new Error("file:open: malformed request");
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = { title: request.title, filters: request.filters, properties: ["openFile" as const] };
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || filePath === undefined) return { kind: "cancelled" };

    const name = path.basename(filePath);
    const limit = openSizeLimit(request.maxBytes);
    try {
      const { size } = await stat(filePath);
      if (size > limit) return { kind: "refused", message: fileTooLargeMessage(name, size, limit) };
      return readPickedFile(name, await readFile(filePath));
    } catch (error) {
      return { kind: "refused", message: `Accord could not read “${name}” (${describe(error)}).` };
    }
  });

  handle("file:save", async (event, raw) => {
    const request = parseSaveRequest(raw);
    if (request === null) throw new Error("file:save: malformed request");
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: request.title,
      defaultPath: defaultSavePath(app.getPath("documents"), request.suggestedName),
      filters: request.filters,
    };
    const ask = (defaultPath: string) => {
      const shown = { ...options, defaultPath };
      return owner ? dialog.showSaveDialog(owner, shown) : dialog.showSaveDialog(shown);
    };
    let choice = await ask(options.defaultPath);
    for (let round = 0; round < 3; round++) {
      if (choice.canceled || !choice.filePath) return { saved: false };
      const decision = decideSave(choice.filePath, request.filters, existsSync);
      if (decision.kind === "write") {
        await writeFileAtomic(decision.path, request.contents);
        return { saved: true, path: decision.path };
      }
      // The name with its extension is another file that exists: the dialog asks about replacing that one.
      choice = await ask(decision.path);
    }
    return { saved: false };
  });
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
