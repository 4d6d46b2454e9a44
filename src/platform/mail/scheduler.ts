import type { Db } from "../db/client.ts";
import type { Logger } from "../log/logger.ts";
import { dispatchOutbox } from "./dispatch.ts";
import type { MailTransport } from "./transport.ts";

/**
 * Runs the dispatcher now and then every intervalMs. stop() waits for the run under way, so
 * that the database can be closed after it.
 */
export function startMailDispatcher(
  db: Db,
  transport: MailTransport | undefined,
  logger: Logger,
  intervalMs = 15_000,
): { stop: () => Promise<void> } {
  let current: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    // A run still going (a slow SMTP server) is left to finish rather than doubled.
    if (current || stopped) return;
    current = dispatchOutbox(db, transport, { logger })
      .then(
        () => undefined,
        (err: unknown) => logger.error({ err }, "envoi des courriels / mail dispatch"),
      )
      .finally(() => {
        current = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await current;
      transport?.close();
    },
  };
}
