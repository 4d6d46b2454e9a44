import fs from "node:fs";
import { inject } from "vitest";
import { type Db, openPglite, openPostgres } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { createScratchDatabase } from "../db/scratch-database.ts";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by DATABASE_URL (dropped again on close).
 */
export async function createTestDb(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  const db = url ? await freshPostgres(url) : await openPglite(undefined, template());
  await migrate(db);
  return db;
}

/** The suite's migrated template (see global-setup.ts), when running under vitest. */
function template(): Blob | undefined {
  const file = inject("pgliteTemplate");
  return file ? new Blob([fs.readFileSync(file)]) : undefined;
}

async function freshPostgres(url: string): Promise<Db> {
  const scratch = await createScratchDatabase(url);
  const db = await openPostgres(scratch.url);
  return {
    ...db,
    close: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}
