import { describe, expect, it } from "vitest";
import type { Db } from "../platform/db/client.ts";
import type { AreaModule, PeriodicContext } from "../platform/http/area-module.ts";
import type { Logger } from "../platform/log/logger.ts";
import { startPeriodicWork } from "./periodic.ts";

const db = {} as Db;
const at = new Date("2026-03-30T12:00:00Z");

function recordingLogger() {
  const errors: unknown[] = [];
  return { errors, logger: { error: (o: unknown) => errors.push(o) } as unknown as Logger };
}

describe("startPeriodicWork", () => {
  it("runs every area's work with the clock and the public address; a failure stops no other", async () => {
    const seen: [string, PeriodicContext][] = [];
    const areas: AreaModule[] = [
      { name: "a", periodic: async (_db, ctx) => seen.push(["a", ctx]) },
      { name: "none" },
      {
        name: "broken",
        periodic: async () => {
          throw new Error("boom");
        },
      },
      { name: "b", periodic: async (_db, ctx) => seen.push(["b", ctx]) },
    ];
    const { errors, logger } = recordingLogger();
    const work = startPeriodicWork(areas, db, {
      logger,
      publicUrl: "https://alliage.example",
      now: () => at,
      intervalMs: 60_000,
    });
    await work.runNow();
    await work.stop();
    expect(seen.map(([name]) => name)).toEqual(["a", "b"]);
    expect(seen[0]?.[1]).toEqual({ now: at, publicUrl: "https://alliage.example" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ area: "broken" });
  });

  it("never doubles a run still going, and stop() waits for it", async () => {
    let running = 0;
    let most = 0;
    let finished = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const area: AreaModule = {
      name: "slow",
      periodic: async () => {
        running += 1;
        most = Math.max(most, running);
        await gate;
        running -= 1;
        finished += 1;
      },
    };
    const work = startPeriodicWork([area], db, {
      logger: recordingLogger().logger,
      publicUrl: undefined,
      now: () => at,
      intervalMs: 5,
    });
    await new Promise((resolve) => setTimeout(resolve, 40));
    void work.runNow();
    const stopped = work.stop();
    expect(finished).toBe(0);
    release();
    await stopped;
    expect(most).toBe(1);
    expect(finished).toBe(1);
  });
});
