import { ipcRenderer } from "electron";
import type { EventChannel, EventChannels, InvokeArgs, InvokeChannel, InvokeResult } from "../shared/ipc";

/** The preload's side of the contract; ipcRenderer itself never leaves this file's module. */
export function invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<InvokeResult<C>>;
}

/** Subscribes to a main → renderer channel; the IPC event object is withheld from the listener. */
export function listen<C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void): () => void {
  const wrapped = (_event: Electron.IpcRendererEvent, payload: EventChannels[C]) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}
