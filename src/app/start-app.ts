import { type AdminHandler, serveAdminSocket } from "../platform/admin-socket/admin-socket.ts";
import type { Config } from "../platform/config/env.ts";
import type { Db } from "../platform/db/client.ts";
import { migrate } from "../platform/db/migrate.ts";
import type { ReferenceDataState } from "../platform/http/types.ts";
import type { Logger } from "../platform/log/logger.ts";
import { startMailDispatcher } from "../platform/mail/scheduler.ts";
import { mailTransportFromConfig } from "../platform/mail/transport.ts";
import { createApp } from "./app.ts";
import { AREAS } from "./areas.ts";
import { startPeriodicWork } from "./periodic.ts";
import { buildPolicy } from "./policy.ts";
import { seed, seedReferenceData } from "./seed.ts";

// Reminders are due to the hour (48 h before a closing): a quarter of an hour is precise enough.
const PERIODIC_MS = 15 * 60_000;

export type StartAppOptions = {
  /** The database being opened; the server closes it if starting fails. */
  db: Promise<Db>;
  admin: ((db: Db) => AdminHandler) | undefined;
  /** Called once the application can answer: the server hands it every request from then on. */
  serve: (fetch: ReturnType<typeof createApp>["app"]["fetch"]) => void;
};

/**
 * What the server does once it listens (src/app/server.ts): migrates and seeds the database,
 * serves the application, then starts the work that runs beside it.
 */
export async function startApp(config: Config, logger: Logger, options: StartAppOptions) {
  const db = await options.db;
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
  options.serve(app.fetch);
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
  /** After the server has stopped listening. */
  const stop = async () => {
    await adminSocket?.close();
    await periodic.stop();
    await mail.stop();
    await db.close();
  };
  return { db, applied, referenceData, stop };
}
