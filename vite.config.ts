import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The renderer is served from app://accord in Electron and from a fixed
// 127.0.0.1 port in a browser; relative asset URLs work for both.
export default defineConfig({
  root: "renderer",
  base: "./",
  plugins: [react()],
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
