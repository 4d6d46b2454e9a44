import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx" },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "e2e/**/*.test.ts", "bench/**/*.test.ts"],
    pool: "forks",
    globalSetup: ["src/platform/testing/global-setup.ts"],
    // Each test file opens its own database; PGlite compiles its WASM once per process (~3 s).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
