import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../testing/test-db.ts";
import type { Db } from "./client.ts";
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
