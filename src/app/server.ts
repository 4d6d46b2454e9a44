import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import type { AdminHandler } from "../platform/admin-socket/admin-socket.ts";
import type { Config } from "../platform/config/env.ts";
import type { Db } from "../platform/db/client.ts";
import { acquireDataDirLock, type DataDirLock } from "../platform/db/data-dir-lock.ts";
import { fail } from "../platform/errors/app-error.ts";
import { createLogger } from "../platform/log/logger.ts";
import { startingApp } from "../platform/web/starting-page.tsx";

export type ServerOptions = {
  /** The CLI's data commands for other processes, run on the embedded database. */
  admin?: (db: Db) => AdminHandler;
  /** Wraps the opening of the database: tests hold it back to see what is served meanwhile. */
  openingDb?: (open: () => Promise<Db>) => Promise<Db>;
};

type Fetch = (request: Request, env: unknown) => Response | Promise<Response>;

/**
 * Listens first, then opens (on a first start, creates) the database, migrates, seeds and loads
 * the application: seconds, during which /healthz says the server is starting and every other
 * request is told to come back (platform/web/starting-page.tsx). Resolves once the application
 * serves; fails, having closed what it opened, when the port or the database cannot be had.
 */
export async function startServer(config: Config, options: ServerOptions = {}) {
  const started = performance.now();
  const logger = createLogger(config);
  // Before listening: a second server on the same directory stops at once, never answering.
  const lock = config.databaseUrl ? undefined : acquireDataDirLock(config.dataDir);
  let current: Fetch = startingApp(config).fetch;
  const server = serve({
    fetch: (request, env) => current(request, env),
    port: config.port,
    hostname: config.host,
  }) as Server;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
  } catch (error) {
    lock?.release();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES")
      throw fail("port_unavailable", { port: config.port });
    throw error;
  }
  const listeningMs = Math.round(performance.now() - started);
  logger.info({ port: config.port, listeningMs }, "démarrage / starting");
  // The database opens while the application loads (each takes about a second), both after
  // listening. A failure is handled below; marked now, so that it cannot count as unhandled
  // while the modules are still loading.
  const opening = openDatabase(config, lock, options.openingDb);
  opening.catch(() => {});
  try {
    const { startApp } = await import("./start-app.ts");
    const app = await startApp(config, logger, {
      db: opening,
      admin: options.admin,
      serve: (fetch) => {
        current = fetch;
      },
    });
    logger.info(
      {
        port: config.port,
        database: app.db.kind,
        migrationsApplied: app.applied,
        listeningMs,
        startupMs: Math.round(performance.now() - started),
      },
      `Alliage : http://localhost:${config.port}/`,
    );
    const stop = async () => {
      await app.referenceData;
      logger.info("arrêt / shutting down");
      await close(server);
      await app.stop();
    };
    return { server, db: app.db, stop, referenceData: app.referenceData };
  } catch (error) {
    logger.error({ err: error }, "démarrage impossible / start failed");
    await close(server);
    await opening.then(
      (db) => db.close(),
      () => lock?.release(),
    );
    throw error;
  }
}

async function openDatabase(
  config: Config,
  lock: DataDirLock | undefined,
  wrap: ServerOptions["openingDb"],
): Promise<Db> {
  const { openDb } = await import("../platform/db/client.ts");
  const open = () => openDb(config, lock);
  return wrap ? wrap(open) : open();
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
