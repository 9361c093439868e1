import type { IpcMainInvokeEvent, WebContents } from "electron";
import { ipcMain } from "electron";
import type { EventChannel, EventChannels, InvokeArgs, InvokeChannel, InvokeResult } from "../shared/ipc";
import { isTrustedSender } from "./guards";

/**
 * Main's side of the contract. Every handler first checks that the request
 * comes from a frame showing the app's own pages: IPC arguments are untrusted
 * input, and so is any frame that is not ours.
 */
export function handle<C extends InvokeChannel>(
  channel: C,
  handler: (event: IpcMainInvokeEvent, ...args: InvokeArgs<C>) => Promise<InvokeResult<C>> | InvokeResult<C>,
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      throw new Error(`Refused ${channel} from an untrusted frame`);
    }
    return handler(event, ...(args as InvokeArgs<C>));
  });
}

export function send<C extends EventChannel>(target: WebContents, channel: C, payload: EventChannels[C]): void {
  if (!target.isDestroyed()) target.send(channel, payload);
}
