import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Health, servesPages } from "../platform/web/health.ts";

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bin/alliage.js");

export type CliProcess = {
  child: ChildProcess;
  pid: number;
  /** What it printed so far. */
  out(): string;
  err(): string;
  /** Its exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals>;
};

/**
 * Runs `alliage argv…` as a process of its own, as a user would from a shell: for the tests in
 * which two processes meet on one database, which no in-process test can show.
 */
export function startCli(argv: string[], env: Record<string, string>, cwd?: string): CliProcess {
  const child = spawn(process.execPath, [BIN, ...argv], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      LANG: "fr_CA.UTF-8",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once("close", (code, signal) => resolve(code ?? (signal as NodeJS.Signals))),
  );
  if (child.pid === undefined) throw new Error(`could not start ${BIN}`);
  return { child, pid: child.pid, out: () => out, err: () => err, exited };
}

/** Runs a command to its end. */
export async function runCli(argv: string[], env: Record<string, string>, cwd?: string) {
  const run = startCli(argv, env, cwd);
  const code = await run.exited;
  return { code, out: run.out(), err: run.err() };
}

/**
 * Waits until the server serves its pages (it answers /healthz from the moment it listens,
 * saying it is starting, then, on the embedded database, that it loads its reference data), or
 * resolves to its exit code if it ends first (a server refused at start).
 */
export async function serving(run: CliProcess, port: number, timeoutMs = 90_000) {
  const ended = run.exited.then((code) => ({ ended: code }));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const up = fetch(`http://127.0.0.1:${port}/healthz`).then(
      async (res) => res.ok && servesPages((await res.json()) as Health),
      () => false,
    );
    const first = await Promise.race([up, ended]);
    if (first === true) return { serving: true as const };
    if (typeof first === "object") return first;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer on port ${port} after ${timeoutMs} ms:\n${run.err()}`);
}
