import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type PreviewServer, type ViteDevServer } from "vite";
import type * as Fallback from "./electron/browser-fallback";

/** Where npm start keeps its copies of the workshops: ACCORD_KEPT_COPIES names a folder, or "off". */
function keptCopiesDir(): string | null {
  const chosen = process.env.ACCORD_KEPT_COPIES;
  if (chosen === "off") return null;
  if (chosen) return path.resolve(chosen);
  return path.join(process.env.XDG_DATA_HOME ?? path.join(homedir(), ".local", "share"), "accord", "kept-copies");
}

/**
 * In a browser (npm start without Electron), the server that serves the app
 * also hosts what Electron's main would: the room the phones join and the
 * kept copies of the workshops (electron/browser-fallback.ts, built by npm
 * run build and loaded here when the server starts).
 */
function browserFallback(): Plugin {
  const load = (dist: string): typeof Fallback | null => {
    const built = path.join(dist, "electron/browser-fallback.cjs");
    if (!existsSync(built)) {
      console.warn(`Phones cannot join the room and no copies are kept: ${built} is not built (npm run build).`);
      return null;
    }
    return createRequire(import.meta.url)(built) as typeof Fallback;
  };
  const attach = (server: PreviewServer | ViteDevServer, dist: string) => {
    const fallback = load(dist);
    if (!fallback) return;
    if (server.httpServer) fallback.attachRoomControl(server.httpServer, { pageDir: path.join(dist, "phone") });
    const dir = keptCopiesDir();
    if (dir) server.middlewares.use(fallback.keptCopiesHandler(fallback.keptCopiesIn(dir)));
  };
  return {
    name: "accord-browser-fallback",
    configurePreviewServer(server) {
      // The renderer's build folder (dist/renderer, or a build made elsewhere) has the rest of dist beside it.
      attach(server, path.resolve(server.config.root, server.config.build.outDir, ".."));
    },
    configureServer(server) {
      attach(server, path.resolve(import.meta.dirname, "dist"));
    },
  };
}

// The renderer is served from app://accord in Electron and from a fixed
// 127.0.0.1 port in a browser; relative asset URLs work for both.
export default defineConfig({
  root: "renderer",
  base: "./",
  plugins: [react(), browserFallback()],
  // The PDF worker (renderer/features/export/pdf.worker.ts) is a module worker, built as one.
  worker: { format: "es" },
  build: {
    outDir: "../dist/renderer",
    emptyOutDir: true,
    target: "chrome120",
  },
  preview: { host: "127.0.0.1", port: 4780, strictPort: true },
  server: { host: "127.0.0.1", port: 4781, strictPort: true },
});
