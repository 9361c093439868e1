import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: [
            "test/shared/**/*.test.ts",
            "test/electron/**/*.test.ts",
            "test/scripts/**/*.test.ts",
            "test/charter/**/*.test.ts",
            "test/cli/**/*.test.ts",
            "test/crm/**/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["test/renderer/**/*.test.{ts,tsx}"],
          setupFiles: ["test/renderer/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ["test/browser/global-setup.ts"],
        },
      },
    ],
  },
});
