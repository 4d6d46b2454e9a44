import type { Db } from "../platform/db/client.ts";
import type { AreaModule } from "../platform/http/area-module.ts";
import type { Logger } from "../platform/log/logger.ts";

/**
 * Runs every area's periodic work now and then every intervalMs, one area after the other. A
 * failing area is logged and the others still run; a run still going is never doubled; stop()
 * waits for the run under way, so that the database can be closed after it.
 */
export function startPeriodicWork(
  areas: readonly AreaModule[],
  db: Db,
  options: { logger: Logger; publicUrl: string | undefined; now: () => Date; intervalMs: number },
): { stop: () => Promise<void>; runNow: () => Promise<void> } {
  const work = areas.filter((a) => a.periodic);
  let current: Promise<void> | undefined;
  let stopped = false;
  const runAll = async () => {
    for (const area of work) {
      if (stopped) return;
      try {
        await area.periodic?.(db, { now: options.now(), publicUrl: options.publicUrl });
      } catch (err) {
        options.logger.error({ err, area: area.name }, "travail périodique / periodic work");
      }
    }
  };
  const tick = () => {
    if (current || stopped) return current ?? Promise.resolve();
    current = runAll().finally(() => {
      current = undefined;
    });
    return current;
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  void tick();
  return {
    runNow: tick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
