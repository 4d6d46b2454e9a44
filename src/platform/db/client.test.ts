import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../testing/test-db.ts";
import { type Db, openPostgres } from "./client.ts";
import { appliedMigrations, listMigrations, migrate } from "./migrate.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db?.close());

// Run on PGlite by default and on PostgreSQL when DATABASE_URL is set: both must agree.
describe("the database client", () => {
  it("hands back the same JavaScript values on both engines", async () => {
    const [row] = await db.query(
      "SELECT '2024-02-29'::date AS day, 42::bigint AS n, 0.1::numeric AS exact, now() AS at",
    );
    expect(row).toMatchObject({ day: "2024-02-29", n: 42, exact: "0.1" });
    expect(row?.at).toBeInstanceOf(Date);
  });

  it("keeps nothing of a transaction that fails", async () => {
    await db.exec("CREATE TABLE client_test (x int)");
    const failing = db.transaction(async (tx) => {
      await tx.query("INSERT INTO client_test VALUES (1)");
      await tx.exec("INSERT INTO client_test VALUES (2); SELECT 1 / 0");
    });
    await expect(failing).rejects.toThrow(/division by zero/);
    expect(await db.query("SELECT * FROM client_test")).toEqual([]);
    await db.exec("DROP TABLE client_test");
  });

  it("applies every migration once", async () => {
    expect(await migrate(db)).toEqual([]);
    expect(await appliedMigrations(db)).toEqual(listMigrations().map((m) => m.id));
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))("listening on PostgreSQL", () => {
  it("leaves no listening connection behind a handle closed while it was still connecting", async () => {
    const url = process.env.DATABASE_URL as string;
    const channel = `client_test_${process.pid}_${Date.now()}`;
    const handle = await openPostgres(url);
    const listening = handle.listen(
      channel,
      () => {},
      () => {},
    );
    await handle.close();
    // Settled, but never unlistened by hand: what is left listening is the handle's doing.
    await listening.catch(() => undefined);
    const observer = await openPostgres(url);
    try {
      const count = async () =>
        (
          await observer.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = $1",
            [`LISTEN "${channel}"`],
          )
        )[0]?.n;
      const deadline = Date.now() + 3_000;
      while ((await count()) !== 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await count()).toBe(0);
    } finally {
      await observer.close();
    }
  });
});
