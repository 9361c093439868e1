import { version } from "../../package.json";
import type { Host } from "../../shared/host";
import { createBrowserHost } from "./browser";
import { createElectronHost } from "./electron";

let host: Host | undefined;

/** The host this renderer runs in: Electron when the preload put its bridge on window, a plain browser otherwise. */
export function getHost(): Host {
  if (host === undefined) {
    host = window.accord ? createElectronHost(window.accord) : createBrowserHost(version);
  }
  return host;
}
