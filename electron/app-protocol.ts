import { readFile } from "node:fs/promises";
import { protocol } from "electron";
import { APP_SCHEME, appResponseHeaders, contentSecurityPolicy, resolveAppFile } from "./origin";

/** Must run before the app is ready: a standard, secure scheme gets a real origin, so IndexedDB and fetch work. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from rootDir over app://accord/, with the CSP on every response. */
export function serveAppScheme(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rootDir, request.url);
    if (file !== null) {
      try {
        return new Response(await readFile(file), { headers: appResponseHeaders(file) });
      } catch {
        // missing file: fall through to 404
      }
    }
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain", "Content-Security-Policy": contentSecurityPolicy() },
    });
  });
}
