import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../testing/test-db.ts";
import type { Db } from "./client.ts";
import { readVersions, versionsNow } from "./version-watch.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
  // A write the handle's count of writes cannot see (it reads as a SELECT): only the
  // notification tells, as it would for another process's commit.
  await db.exec(`CREATE FUNCTION test_bump(a text) RETURNS void LANGUAGE sql AS
    $$ UPDATE data_versions SET version = version + 1 WHERE area = a $$`);
});
afterAll(() => db?.close());

/** The handle, counting its reads of data_versions. */
function counted(base: Db) {
  const handle = {
    ...base,
    reads: 0,
    query: <T>(sql: string, params?: readonly unknown[]) => {
      if (sql.includes("FROM data_versions")) handle.reads += 1;
      return base.query<T>(sql, params);
    },
  };
  return handle;
}

async function until(check: () => Promise<boolean>, ms = 3_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const truth = async (area: string) => (await readVersions(db)).get(area);

describe("data versions read once per change", () => {
  it("reads the versions once while nothing writes, then answers from memory", async () => {
    const handle = counted(db);
    await until(async () => {
      const before = handle.reads;
      await versionsNow(handle);
      return handle.reads === before;
    });
    const reads = handle.reads;
    for (let i = 0; i < 50; i++) await versionsNow(handle);
    expect(handle.reads).toBe(reads);
    expect((await versionsNow(handle)).get("portfolio")).toBe(await truth("portfolio"));
  });

  it("reads again after a write through the handle, at once: a page after a save shows it", async () => {
    const handle = counted(db);
    await until(async () => {
      const before = handle.reads;
      await versionsNow(handle);
      return handle.reads === before;
    });
    const before = (await versionsNow(handle)).get("criticality");
    await handle.query("UPDATE materials SET name_en = name_en WHERE id = 'cobalt'");
    const after = (await versionsNow(handle)).get("criticality");
    expect(Number(after)).toBe(Number(before) + 1);
    expect(after).toBe(await truth("criticality"));
  });

  it("learns of a commit it did not make from the notification", async () => {
    const handle = counted(db);
    await until(async () => {
      const before = handle.reads;
      await versionsNow(handle);
      return handle.reads === before;
    });
    const before = Number((await versionsNow(handle)).get("declaration"));
    await db.query("SELECT test_bump('declaration')");
    await until(async () => Number((await versionsNow(handle)).get("declaration")) === before + 1);
    expect((await versionsNow(handle)).get("declaration")).toBe(await truth("declaration"));
  });

  it.runIf(Boolean(process.env.DATABASE_URL))(
    "reads at every call once its listening connection is lost, and never serves a stale version",
    async () => {
      const handle = counted(db);
      await until(async () => {
        const before = handle.reads;
        await versionsNow(handle);
        return handle.reads === before;
      });
      await db.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
      );
      // No notification can come now: without the listener, every call must read.
      const before = Number((await versionsNow(handle)).get("portfolio"));
      await until(async () => {
        await db.query("SELECT test_bump('portfolio')");
        const seen = Number((await versionsNow(handle)).get("portfolio"));
        return seen === Number(await truth("portfolio")) && seen > before;
      });
      const reads = handle.reads;
      await db.query("SELECT test_bump('portfolio')");
      expect((await versionsNow(handle)).get("portfolio")).toBe(await truth("portfolio"));
      expect(handle.reads).toBeGreaterThan(reads);
    },
  );
});
