import fs from "node:fs";
import { inject } from "vitest";
import { type Db, openPglite, openPostgres } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { createScratchDatabase } from "../db/scratch-database.ts";
import type { TemplateName } from "./global-setup.ts";

/**
 * A fresh, migrated database for one test file, copied from one of the suite's templates (see
 * global-setup.ts): in-memory PGlite by default, or a new database on the PostgreSQL server
 * named by DATABASE_URL (dropped again on close). "reference" already holds the bundled
 * public datasets.
 */
export async function createTestDb(template: TemplateName = "migrated"): Promise<Db> {
  const url = process.env.DATABASE_URL;
  const source = inject("testTemplates")[template];
  const db = url
    ? await freshPostgres(url, source)
    : await openPglite(undefined, new Blob([fs.readFileSync(source)]));
  await migrate(db);
  return db;
}

async function freshPostgres(url: string, template: string): Promise<Db> {
  const scratch = await createScratchDatabase(url, template);
  const db = await openPostgres(scratch.url);
  return {
    ...db,
    close: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}
