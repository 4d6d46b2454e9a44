// Run by create-embedded.ts in a worker thread: creates the embedded database, migrates it and
// closes it, so that the server's thread only has to reopen it.
import { parentPort, workerData } from "node:worker_threads";
import { openPglite } from "./client.ts";
import { migrate } from "./migrate.ts";

const { pgdata } = workerData as { pgdata: string };
try {
  const db = await openPglite(pgdata);
  await migrate(db);
  await db.close();
  parentPort?.postMessage({ ok: true });
} catch (error) {
  parentPort?.postMessage({ ok: false, error: String(error) });
}
