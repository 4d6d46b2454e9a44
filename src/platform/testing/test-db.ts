import pg from "pg";
import { type Db, openPglite, openPostgres } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by DATABASE_URL (dropped again on close).
 */
export async function createTestDb(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  const db = url ? await freshPostgres(url) : await openPglite();
  await migrate(db);
  return db;
}

async function freshPostgres(url: string): Promise<Db> {
  const name = `alliage_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openPostgres(target.toString());
  return {
    ...db,
    close: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
