import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The participant page is its own small bundle: a phone on the room's Wi-Fi
// loads it from the room server, which serves nothing else (electron/room/).
export default defineConfig({
  root: "renderer/phone",
  base: "./",
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: "../../dist/phone",
    emptyOutDir: true,
    // iOS Safari 15 and Android Chrome of the last few years.
    target: ["safari15", "chrome100"],
    // The server's CSP allows scripts from the page's own files only, so no inline preload helper.
    modulePreload: { polyfill: false },
  },
});
