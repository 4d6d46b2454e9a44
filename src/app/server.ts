import { serve } from "@hono/node-server";
import { type AdminHandler, serveAdminSocket } from "../platform/admin-socket/admin-socket.ts";
import type { Config } from "../platform/config/env.ts";
import { type Db, openDb } from "../platform/db/client.ts";
import { migrate } from "../platform/db/migrate.ts";
import { fail } from "../platform/errors/app-error.ts";
import type { ReferenceDataState } from "../platform/http/types.ts";
import { createLogger } from "../platform/log/logger.ts";
import { startMailDispatcher } from "../platform/mail/scheduler.ts";
import { mailTransportFromConfig } from "../platform/mail/transport.ts";
import { createApp } from "./app.ts";
import { AREAS } from "./areas.ts";
import { startPeriodicWork } from "./periodic.ts";
import { buildPolicy } from "./policy.ts";
import { seed, seedReferenceData } from "./seed.ts";

// Reminders are due to the hour (48 h before a closing): a quarter of an hour is precise enough.
const PERIODIC_MS = 15 * 60_000;

/** Opens (and on first start creates) the database, migrates, seeds, then serves. */
export async function startServer(
  config: Config,
  options: { admin?: (db: Db) => AdminHandler } = {},
) {
  const started = performance.now();
  const logger = createLogger(config);
  const db = await openDb(config);
  const applied = await migrate(db);
  await seed(db);
  const referenceDataState: ReferenceDataState = { state: "running" };
  const { app } = createApp({
    db,
    config,
    logger,
    policy: buildPolicy(),
    now: () => new Date(),
    referenceData: referenceDataState,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
  } catch (error) {
    await db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES")
      throw fail("port_unavailable", { port: config.port });
    throw error;
  }
  logger.info(
    {
      port: config.port,
      database: db.kind,
      migrationsApplied: applied,
      startupMs: Math.round(performance.now() - started),
    },
    `Alliage : http://localhost:${config.port}/`,
  );
  // The datasets take seconds to load on a first start: the declaration is served meanwhile.
  const referenceData = seedReferenceData(db).then(
    (summary) => {
      referenceDataState.state = "done";
      logger.info(
        { imported: summary.imported.length, unchanged: summary.unchanged, ms: summary.ms },
        "données de référence chargées / reference data loaded",
      );
    },
    (err: unknown) => {
      referenceDataState.state = "failed";
      logger.error({ err }, "chargement des données de référence / reference data");
    },
  );
  // With the embedded database this process is the only one that may open it: the CLI asks it.
  const adminSocket =
    db.kind === "pglite" && options.admin
      ? await serveAdminSocket(config.dataDir, options.admin(db), (err) =>
          logger.error({ err }, "canal d’administration / admin channel"),
        ).catch((err: unknown) => {
          logger.warn({ err }, "canal d’administration indisponible / admin channel unavailable");
          return null;
        })
      : null;
  const mail = startMailDispatcher(db, mailTransportFromConfig(config), logger);
  const periodic = startPeriodicWork(AREAS, db, {
    logger,
    publicUrl: config.publicUrl,
    now: () => new Date(),
    intervalMs: PERIODIC_MS,
  });
  const stop = async () => {
    await referenceData;
    logger.info("arrêt / shutting down");
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await adminSocket?.close();
    await periodic.stop();
    await mail.stop();
    await db.close();
  };
  return { server, db, stop, referenceData };
}
