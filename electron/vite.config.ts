import { builtinModules } from "node:module";
import type { EnvironmentOptions } from "vite";
import { defineConfig } from "vite";

// Main and preload are built as two environments so that neither imports a
// shared chunk: a sandboxed preload can require only "electron", so it must be
// one self-contained CommonJS file.
const external = ["electron", /^electron\//, ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const commonJs = (entry: string, fileName: string, emptyOutDir: boolean): EnvironmentOptions => ({
  consumer: "server",
  // Bundle ws, zod and the rest into the file: the packaged app ships no node_modules.
  resolve: { noExternal: true },
  build: {
    outDir: "dist/electron",
    emptyOutDir,
    target: "node22",
    minify: false,
    sourcemap: false,
    ssr: true,
    rollupOptions: {
      input: entry,
      external,
      output: { format: "cjs", entryFileNames: fileName, codeSplitting: false },
    },
  },
});

export default defineConfig({
  root: ".",
  publicDir: false,
  // `builder` makes a plain `vite build` build every environment below.
  builder: {
    async buildApp(builder) {
      for (const name of ["main", "preload", "browserFallback"]) {
        const environment = builder.environments[name];
        if (environment === undefined) throw new Error(`electron/vite.config.ts: no ${name} environment`);
        await builder.build(environment);
      }
    },
  },
  environments: {
    main: commonJs("electron/main.ts", "main.cjs", true),
    preload: commonJs("electron/preload.ts", "preload.cjs", false),
    // The room host and kept copies for npm start's browser fallback: vite's server loads it (vite.config.ts).
    browserFallback: commonJs("electron/browser-fallback.ts", "browser-fallback.cjs", false),
  },
});
