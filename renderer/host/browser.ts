import {
  fileTooLargeMessage,
  type Host,
  type OpenTextFileOptions,
  type RoomScreenOutcome,
  readPickedFile,
  type SaveFileOptions,
} from "../../shared/host";
import { roomHash } from "../app/route";
import { localKeptCopies } from "./local-kept-copies";
import { localRoomHost } from "./local-room-host";
/**
 * The host in a plain browser: a file input to open, a download to save.
 * There is no native menu; the command dispatcher sees every key anyway.
 */
export function createBrowserHost(appVersion: string, doc: Document = document): Host {
  return {
    kind: "browser",
    appVersion: () => Promise.resolve(appVersion),
    openTextFile: (options) => openWithFileInput(doc, options),
    saveFile: (options) => saveAsDownload(doc, options),
    onMenuCommand: () => () => undefined,
    showAvailableCommands: () => undefined,
    openRoomScreen: (workshopId) => Promise.resolve(openRoomWindow(doc, workshopId)),
    roomHost: () => localRoomHost(doc.defaultView?.location),
    keptCopies: () => localKeptCopies(doc.defaultView?.location),
  };
}

/** One room window per workshop: asking again brings the same window back rather than a second copy. */
function openRoomWindow(doc: Document, workshopId: string): RoomScreenOutcome {
  const view = doc.defaultView;
  const opened = view?.open(roomHash(workshopId), `accord-room-${workshopId}`, "popup,width=1280,height=720");
  if (!opened) return "blocked";
  opened.focus();
  return "opened";
}

function accept(options: OpenTextFileOptions): string {
  return options.filters
    .flatMap((filter) => filter.extensions)
    .filter((ext) => ext !== "*")
    .map((ext) => `.${ext}`)
    .join(",");
}

function openWithFileInput(
  doc: Document,
  options: OpenTextFileOptions,
): Promise<{ name: string; text: string } | null> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement("input");
    input.type = "file";
    input.accept = accept(options);
    input.hidden = true;
    const finish = () => input.remove();
    input.addEventListener("cancel", () => {
      finish();
      resolve(null);
    });
    input.addEventListener("change", () => {
      finish();
      const file = input.files?.[0];
      if (!file) return resolve(null);
      if (file.size > options.maxBytes) {
        return reject(new Error(fileTooLargeMessage(file.name, file.size, options.maxBytes)));
      }
      // Read as bytes, so that text which is not UTF-8 is refused rather than patched with U+FFFD.
      file
        .arrayBuffer()
        .then((buffer) => readPickedFile(file.name, new Uint8Array(buffer)))
        .then((read) => (read.kind === "opened" ? resolve(read.file) : reject(new Error(read.message))), reject);
    });
    doc.body.append(input);
    input.click();
  });
}

function saveAsDownload(doc: Document, options: SaveFileOptions): Promise<{ saved: boolean }> {
  const contents = options.contents;
  // A Uint8Array may view a larger shared buffer; copy exactly its bytes.
  const part: BlobPart = typeof contents === "string" ? contents : new Uint8Array(contents);
  const type = typeof contents === "string" ? "text/plain;charset=utf-8" : "application/octet-stream";
  const url = URL.createObjectURL(new Blob([part], { type }));
  const anchor = doc.createElement("a");
  anchor.href = url;
  anchor.download = options.suggestedName;
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  // The browser decides where (and whether) the download lands; it does not say.
  return Promise.resolve({ saved: true });
}
