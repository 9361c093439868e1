import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { attachRoomControl } from "./electron/room/local-control";

/** In a browser (npm start without Electron), the server that serves the app also hosts the room the phones join. */
function roomHost(): Plugin {
  const pageDir = path.resolve(import.meta.dirname, "dist/phone");
  return {
    name: "accord-room-host",
    configurePreviewServer(server) {
      attachRoomControl(server.httpServer, { pageDir });
    },
    configureServer(server) {
      if (server.httpServer) attachRoomControl(server.httpServer, { pageDir });
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
