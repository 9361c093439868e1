/**
 * The one port through which the renderer asks its host for anything.
 * Electron implements it over IPC (renderer/host/electron.ts), a plain
 * browser with downloads and a file input (renderer/host/browser.ts).
 */

import { type CommandId, isCommandId } from "./commands/catalogue";
import { sizesApart } from "./files/read-json";
import { decodeUtf8 } from "./files/utf8";
import type { KeptCopiesLink } from "./kept-copies";
import type { FromHost, ToHost } from "./room/control";

/** A native menu item sends the id of the command it shows (see shared/commands/catalogue.ts). */
export type MenuCommand = CommandId;

export interface FileFilter {
  name: string;
  /** Without the dot: "json", not ".json". */
  extensions: string[];
}

export interface OpenedFile {
  name: string;
  text: string;
}

export interface OpenTextFileOptions {
  title: string;
  filters: FileFilter[];
  maxBytes: number;
}

export interface SaveFileOptions {
  title: string;
  suggestedName: string;
  filters: FileFilter[];
  contents: string | Uint8Array;
}

export interface SaveOutcome {
  saved: boolean;
  /** Only where the host knows it: a browser download does not say where it went. */
  path?: string;
}

export interface Host {
  kind: "electron" | "browser";
  appVersion(): Promise<string>;
  /** Resolves null when the user cancels; a file over maxBytes rejects with a readable Error. */
  openTextFile(options: OpenTextFileOptions): Promise<OpenedFile | null>;
  saveFile(options: SaveFileOptions): Promise<SaveOutcome>;
  /** Returns the unsubscribe function. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
  /** The commands that can run now, so a native menu greys out the rest; a host without one ignores it. */
  showAvailableCommands(ids: readonly MenuCommand[]): void;
  /**
   * Opens the room screen of a workshop in its own window: on the external
   * display, full screen, in Electron; a second browser window otherwise.
   * "blocked" when the browser refused to open it (a pop-up blocker).
   */
  openRoomScreen(workshopId: string): Promise<RoomScreenOutcome>;
  /**
   * The way to the room server the phones join (shared/room/control.ts), or
   * null where this host has none (a page opened from a file).
   */
  roomHost(): RoomHostLink | null;
  /** Accord's own copies of the stored workshops, outside the browser's storage (shared/kept-copies.ts); null where this host keeps none. */
  keptCopies(): KeptCopiesLink | null;
}

export interface RoomHostLink {
  send(message: ToHost): void;
  /** Returns the unsubscribe function. */
  onMessage(handler: (message: FromHost) => void): () => void;
}

export type RoomScreenOutcome = "opened" | "blocked";

export function isMenuCommand(value: unknown): value is MenuCommand {
  return isCommandId(value);
}

/** Both hosts refuse an oversized file with the same words. */
export function fileTooLargeMessage(name: string, sizeBytes: number, maxBytes: number): string {
  const [size, limit] = sizesApart(sizeBytes, maxBytes);
  return `“${name}” is ${size}, larger than the ${limit} Accord can open.`;
}

/** Both hosts read a picked file's bytes through this: text that is not UTF-8 is refused, never patched with U+FFFD. */
export function readPickedFile(
  name: string,
  bytes: Uint8Array,
): { kind: "opened"; file: { name: string; text: string } } | { kind: "refused"; message: string } {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { kind: "opened", file: { name, text: decoded.value } };
  const problem = decoded.problems[0]?.message ?? "is not UTF-8 text";
  return { kind: "refused", message: `“${name}” ${problem}. Save it as UTF-8 and import it again.` };
}
