import type {
  MenuCommand,
  OpenedFile,
  OpenTextFileOptions,
  RoomScreenOutcome,
  SaveFileOptions,
  SaveOutcome,
} from "./host";
import type { KeptCopy } from "./kept-copies";
import type { FromHost, ToHost } from "./room/control";

/**
 * The IPC contract: every channel between renderer and main, once.
 * Preload and main only talk through the typed helpers in electron/ipc-*.ts,
 * which take their channel names and types from here.
 */

/** Rejections thrown across IPC reach the renderer wrapped in Electron's own
 * words, so a refusal the user should read travels as a value instead. */
export type OpenFileReply =
  | { kind: "opened"; file: OpenedFile }
  | { kind: "cancelled" }
  | { kind: "refused"; message: string };

/** Renderer → main, request and reply (ipcRenderer.invoke / ipcMain.handle). */
export interface InvokeChannels {
  "app:version": { args: []; result: string };
  "file:open": { args: [OpenTextFileOptions]; result: OpenFileReply };
  "file:save": { args: [SaveFileOptions]; result: SaveOutcome };
  "menu:available": { args: [MenuCommand[]]; result: undefined };
  "room:open": { args: [string]; result: RoomScreenOutcome };
  "room:host": { args: [ToHost]; result: undefined };
  "copies:put": { args: [KeptCopy, string]; result: undefined };
  "copies:list": { args: []; result: KeptCopy[] };
  "copies:read": { args: [string]; result: string | null };
  "copies:remove": { args: [string]; result: undefined };
}

/** Main → renderer, one-way (webContents.send / ipcRenderer.on). */
export interface EventChannels {
  "menu:command": MenuCommand;
  "room:host": FromHost;
}

export type InvokeChannel = keyof InvokeChannels;
export type InvokeArgs<C extends InvokeChannel> = InvokeChannels[C]["args"];
export type InvokeResult<C extends InvokeChannel> = InvokeChannels[C]["result"];
export type EventChannel = keyof EventChannels;

/** What the preload exposes as `window.accord`: functions only, never ipcRenderer. */
export interface AccordBridge {
  appVersion(): Promise<string>;
  openTextFile(options: OpenTextFileOptions): Promise<OpenFileReply>;
  saveFile(options: SaveFileOptions): Promise<SaveOutcome>;
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
  showAvailableCommands(ids: MenuCommand[]): Promise<undefined>;
  openRoomScreen(workshopId: string): Promise<RoomScreenOutcome>;
  toRoomHost(message: ToHost): Promise<undefined>;
  onRoomHost(handler: (message: FromHost) => void): () => void;
  putKeptCopy(copy: KeptCopy, text: string): Promise<undefined>;
  listKeptCopies(): Promise<KeptCopy[]>;
  readKeptCopy(id: string): Promise<string | null>;
  removeKeptCopy(id: string): Promise<undefined>;
}
