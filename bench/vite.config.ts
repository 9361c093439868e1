import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Reference pages for `npm run bench`: each bench/pages/*.html is a bare
// version of something the app does, measured side by side with the app.
const pages = resolve(import.meta.dirname, "pages");
const inputs = Object.fromEntries(
  readdirSync(pages)
    .filter((f) => f.endsWith(".html"))
    .map((f) => [f.replace(/\.html$/, ""), resolve(pages, f)]),
);

export default defineConfig({
  root: pages,
  base: "./",
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, "../dist/bench"), emptyOutDir: true, rollupOptions: { input: inputs } },
  preview: { host: "127.0.0.1", port: 4793, strictPort: true },
});
