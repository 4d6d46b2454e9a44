import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** Whether the embedded database at pgdata has been created (initdb writes PG_VERSION first). */
export const embeddedExists = (pgdata: string) => fs.existsSync(path.join(pgdata, "PG_VERSION"));

// The worker is the compiled .js beside this file in a build, the .ts source under tsx.
const WORKER = new URL(
  `./create-embedded-worker${path.extname(new URL(import.meta.url).pathname)}`,
  import.meta.url,
);

/**
 * Creates and migrates a new embedded database in a worker thread: PGlite's initdb and the
 * migrations run seconds of WebAssembly without yielding, which on the server's own thread would
 * silence it (no /healthz, no « Alliage démarre… ») for all that time on a first start. Nothing
 * to do when the database exists. Where the worker cannot run (the TypeScript sources, under tsx or
 * a test runner: Node 20 loads no TypeScript in a worker thread), the partial directory is removed
 * and the caller creates the database itself, on its own thread, as before. Resolves whether it created the database.
 */
export async function createEmbeddedAside(pgdata: string): Promise<boolean> {
  if (embeddedExists(pgdata) || !fs.existsSync(WORKER)) return false;
  const existed = fs.existsSync(pgdata);
  try {
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: { pgdata } });
      worker.once("message", (message: { ok: boolean; error?: string }) =>
        message.ok ? resolve() : reject(new Error(message.error)),
      );
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`worker exited with code ${code}`)));
    });
    return true;
  } catch {
    if (!existed) fs.rmSync(pgdata, { recursive: true, force: true });
    return false;
  }
}
