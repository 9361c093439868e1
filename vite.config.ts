import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import type { attachRoomControl } from "./electron/room/local-control";

/**
 * In a browser (npm start without Electron), the server that serves the app
 * also hosts the room the phones join: electron/room/local-control.ts, built
 * by npm run build (build:electron) and loaded here when the server starts.
 */
function roomHost(): Plugin {
  const attach = (server: Parameters<typeof attachRoomControl>[0], dist: string) => {
    const built = path.join(dist, "electron/room-control.cjs");
    if (!existsSync(built)) {
      console.warn(`Phones cannot join the room: ${built} is not built (npm run build).`);
      return;
    }
    const control = createRequire(import.meta.url)(built) as { attachRoomControl: typeof attachRoomControl };
    control.attachRoomControl(server, { pageDir: path.join(dist, "phone") });
  };
  return {
    name: "accord-room-host",
    configurePreviewServer(server) {
      // The renderer's build folder (dist/renderer, or a build made elsewhere) has the rest of dist beside it.
      attach(server.httpServer, path.resolve(server.config.root, server.config.build.outDir, ".."));
    },
    configureServer(server) {
      if (server.httpServer) attach(server.httpServer, path.resolve(import.meta.dirname, "dist"));
    },
  };
}

// The renderer is served from app://accord in Electron and from a fixed
// 127.0.0.1 port in a browser; relative asset URLs work for both.
export default defineConfig({
  root: "renderer",
  base: "./",
  plugins: [react(), roomHost()],
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
