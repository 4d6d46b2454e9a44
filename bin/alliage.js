#!/usr/bin/env node
// The CLI and the server are TypeScript run through tsx, so a fresh clone needs no build step.
import { register } from "tsx/esm/api";

register();
// `alliage … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
