#!/usr/bin/env node
// Runs the compiled build of the current sources (scripts/build.js; made at `npm install`, or
// here at the first run after an edit), or, where the build tool is not installed, the
// TypeScript sources through tsx.
import { pathToFileURL } from "node:url";
import { build, builtEntry, sourceKey } from "../scripts/build.js";

// `alliage … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function compiledEntry() {
  if (process.env.ALLIAGE_RUN_SOURCES === "1") return undefined;
  const key = sourceKey();
  const entry = builtEntry(key);
  if (entry) return entry;
  try {
    await build(key);
    return builtEntry(key);
  } catch {
    // No esbuild (installed without dev dependencies) or a source that does not compile: the
    // sources through tsx then, which names the error if there is one.
    return undefined;
  }
}

const entry = await compiledEntry();
let main;
if (entry) {
  ({ main } = await import(pathToFileURL(entry).href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
