/**
 * Backups: one logical format for both engines, so that a backup taken on PGlite restores into
 * PostgreSQL and the other way round. It is a plain SQL file, UTF-8, one statement per line:
 *
 *   -- Alliage backup v1
 *   -- created: 2025-06-01T12:00:00.000Z
 *   -- database: pglite                        (or postgres; informative)
 *   -- migrations: 0001_platform, 0002_declaration
 *   -- restore: …
 *   BEGIN;
 *   SET LOCAL client_encoding = 'UTF8';
 *   SET LOCAL standard_conforming_strings = on;
 *   SET CONSTRAINTS ALL DEFERRED;
 *   TRUNCATE "parties", "users", …;
 *   INSERT INTO "users" SELECT * FROM json_populate_record(NULL::"users", '{"id":"…",…}');
 *   SELECT setval('"some_seq"', 42, true);
 *   COMMIT;
 *
 * Every table of the public schema is there except schema_migrations and data_versions (see
 * backup-schema.ts): the schema is the
 * migrations' business, so a backup restores only into a database at exactly the migrations
 * its header lists. Tables come parents first, rows in primary-key order, so the file is stable.
 * A row travels as row_to_json and comes back through json_populate_record: each value goes
 * through its own type's text form, the same on PostgreSQL 15 and 18, with no per-type code
 * here. Generated columns are left out (PostgreSQL recomputes them); identity columns keep
 * their values (OVERRIDING SYSTEM VALUE); sequences are set at the end. Two limits: foreign
 * keys that point to their own table or form a cycle must be DEFERRABLE (constraints are
 * checked at COMMIT), and line breaks inside a json (not jsonb) value come back as spaces.
 *
 * psql can run the file on a database at the same migrations (it empties the tables first).
 * `alliage db restore` does not run it blindly: it checks the header, then accepts only lines of
 * the shapes above, each INSERT for a table of this database and with a well-formed JSON
 * literal, and loads them in one transaction: a bad line anywhere leaves the database as it was.
 *
 * The file holds password and token hashes: it is created readable by its owner only.
 */
import fs from "node:fs/promises";
import {
  type BackupHeader,
  type BackupSummary,
  FORMAT_VERSION,
  formatHeader,
  PREAMBLE,
  type TableCount,
  truncateLine,
} from "./backup-format.ts";
import { describeTables, ROW, sequenceLines, type TableInfo } from "./backup-schema.ts";
import type { Db, Queryable } from "./client.ts";
import { quoteIdent } from "./sql.ts";

export { readBackupHeader } from "./backup-format.ts";
export { restoreBackup } from "./restore.ts";
export type { BackupHeader, BackupSummary, TableCount };

export type BackupOptions = { now?: Date; batchSize?: number };

/** Writes the whole database to file, atomically: the file appears only once complete. */
export async function writeBackup(
  db: Db,
  file: string,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  const tmp = `${file}.tmp`;
  const out = await fs.open(tmp, "w", 0o600);
  try {
    const summary = await db.transaction(async (tx) => {
      // One snapshot for every table: a backup taken while the server runs is still consistent.
      await tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      const header: BackupHeader = {
        version: FORMAT_VERSION,
        createdAt: (options.now ?? new Date()).toISOString(),
        database: db.kind,
        migrations: await migrationIds(tx),
      };
      const tables = await describeTables(tx);
      const start = [formatHeader(header), "BEGIN;", ...PREAMBLE];
      if (tables.length > 0) start.push(truncateLine(tables));
      await out.write(`${start.join("\n")}\n`);
      const counts: TableCount[] = [];
      for (const table of tables) {
        counts.push({ table: table.name, rows: await copyRows(tx, table, out, options) });
      }
      const sequences = await sequenceLines(tx);
      await out.write(`${[...sequences, "COMMIT;"].join("\n")}\n`);
      return { header, tables: counts };
    });
    await out.sync();
    await out.close();
    await fs.rename(tmp, file);
    return summary;
  } catch (error) {
    await out.close().catch(() => {});
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

async function migrationIds(tx: Queryable): Promise<string[]> {
  // A database never migrated has no such table yet; its backup simply lists none.
  const [exists] = await tx.query<{ ok: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS ok",
  );
  if (!exists?.ok) return [];
  const rows = await tx.query<{ id: string }>("SELECT id FROM schema_migrations");
  return rows.map((r) => r.id).sort();
}

async function copyRows(
  tx: Queryable,
  table: TableInfo,
  out: fs.FileHandle,
  options: BackupOptions,
): Promise<number> {
  const batchSize = options.batchSize ?? 1000;
  // A cursor reads a large table in batches without re-sorting it for every page.
  await tx.exec(
    `DECLARE alliage_backup NO SCROLL CURSOR FOR
     SELECT row_to_json(${ROW}.*)::text AS j FROM ${quoteIdent(table.name)} ${ROW} ORDER BY ${table.orderBy}`,
  );
  let count = 0;
  for (;;) {
    const rows = await tx.query<{ j: string }>(`FETCH ${batchSize} FROM alliage_backup`);
    if (rows.length === 0) break;
    count += rows.length;
    // PostgreSQL escapes line breaks inside JSON strings; a raw one can only be whitespace
    // kept by a json (not jsonb) column, and a line break would split the statement.
    const lines = rows.map(
      (r) => `${table.insertPrefix}${r.j.replace(/[\r\n]/g, " ").replaceAll("'", "''")}');`,
    );
    await out.write(`${lines.join("\n")}\n`);
    if (rows.length < batchSize) break;
  }
  await tx.exec("CLOSE alliage_backup");
  return count;
}
