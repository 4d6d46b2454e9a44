import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type Db, openDb } from "../platform/db/client.ts";
import { createScratchDatabase, type ScratchDatabase } from "../platform/db/scratch-database.ts";
import { main } from "./main.ts";

export type CliRun = { code: number; out: string; err: string };

/**
 * For a CLI test file: a data directory of its own, or a database of its own on the server when
 * DATABASE_URL is set, created before the tests and removed after them.
 */
export function useCliSandbox() {
  let dir = "";
  let scratch: ScratchDatabase | undefined;
  let env: Record<string, string> = {};

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-cli-"));
    const url = process.env.DATABASE_URL;
    scratch = url ? await createScratchDatabase(url) : undefined;
    env = {
      ALLIAGE_DATA_DIR: dir,
      LOG_LEVEL: "silent",
      ...(scratch && { DATABASE_URL: scratch.url }),
    };
  });

  afterAll(async () => {
    await scratch?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  return {
    dir: () => dir,
    /** Runs `alliage argv…` in-process, without a terminal, and collects what it printed. */
    async run(argv: string[], extraEnv: Record<string, string> = {}): Promise<CliRun> {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(argv, {
        env: { ...env, ...extraEnv },
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        interactive: false,
      });
      return { code, out: out.join("\n"), err: err.join("\n") };
    },
    /** Opens the sandbox's database directly (after the command has closed it: PGlite is single-process). */
    open: (): Promise<Db> => openDb({ databaseUrl: env.DATABASE_URL, dataDir: dir }),
  };
}

/** The first start of PGlite on a new data directory compiles and initialises it: seconds. */
export const FIRST_OPEN = { timeout: 60_000 };
