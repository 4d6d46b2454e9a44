import fs from "node:fs";
import path from "node:path";
import { projectPath } from "../project-root.ts";
import type { Db } from "./client.ts";

export const MIGRATIONS_DIR = projectPath("migrations");

export type Migration = { id: string; sql: string };

/** The checked-in migrations, in order: files named NNNN_what.sql. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ""), sql: fs.readFileSync(path.join(dir, f), "utf8") }));
}

// Any constant will do; it only has to be the same for every Alliage process on one database.
const MIGRATION_LOCK = 4_517_220_231;

/** Applies the migrations not yet applied, each in its own transaction; returns their ids. */
export async function migrate(db: Db, migrations = listMigrations()): Promise<string[]> {
  // CREATE TABLE IF NOT EXISTS is not safe against itself: two processes creating the table at
  // once make one fail on pg_type's unique index. The lock serialises them.
  await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      // Two processes starting together must not both apply the same migration.
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      const rows = await tx.query("SELECT 1 FROM schema_migrations WHERE id = $1", [m.id]);
      if (rows.length > 0) return false;
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (id) VALUES ($1)", [m.id]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}

export async function appliedMigrations(db: Db): Promise<string[]> {
  const rows = await db.query<{ id: string }>("SELECT id FROM schema_migrations ORDER BY id");
  return rows.map((r) => r.id);
}
