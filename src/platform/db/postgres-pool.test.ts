import pg from "pg";
import { describe, expect, it } from "vitest";
import { openPostgres } from "./client.ts";
import { createScratchDatabase } from "./scratch-database.ts";

const url = process.env.DATABASE_URL;

async function backendsOn(name: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    return rows[0].n;
  } finally {
    await admin.end();
  }
}

// The server side of the pool only exists on PostgreSQL (DATABASE_URL).
describe.skipIf(!url)("the PostgreSQL pool", () => {
  it("has closed every connection when close() resolves", async () => {
    const scratch = await createScratchDatabase(url as string);
    const name = new URL(scratch.url).pathname.slice(1);
    try {
      const db = await openPostgres(scratch.url);
      await Promise.all(Array.from({ length: 6 }, () => db.query("SELECT pg_sleep(0.05)")));
      expect(await backendsOn(name)).toBeGreaterThan(1);
      await db.close();
      expect(await backendsOn(name)).toBe(0);
    } finally {
      await scratch.drop();
    }
  });

  it("survives an idle connection cut by the server and answers the next query", async () => {
    const scratch = await createScratchDatabase(url as string);
    const name = new URL(scratch.url).pathname.slice(1);
    const db = await openPostgres(scratch.url);
    try {
      await db.query("SELECT 1");
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const { rows } = await admin.query(
        "SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1) t",
        [name],
      );
      await admin.end();
      expect(rows[0].n).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await db.query("SELECT 2 AS two")).toEqual([{ two: 2 }]);
    } finally {
      await db.close();
      await scratch.drop();
    }
  });
});
