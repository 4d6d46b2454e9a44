import { fail } from "../errors/app-error.ts";
import type { Lang } from "../i18n/i18n.ts";
import {
  type BackupSummary,
  invalidBackup,
  LineReader,
  PREAMBLE,
  parseHeader,
  truncateLine,
} from "./backup-format.ts";
import { describeTables, type TableInfo } from "./backup-schema.ts";
import type { Db, Queryable } from "./client.ts";
import { appliedMigrations } from "./migrate.ts";
import { advanceVersionsPast, readVersions } from "./versioned-cache.ts";

export type RestoreOptions = { lang?: Lang; batchSize?: number };

// With standard_conforming_strings on, '' is the only escape inside a literal: these patterns
// tokenise a line exactly as PostgreSQL will, so no accepted line can hide a second statement.
const SETVAL = /^SELECT setval\('(?:[^']|'')+', -?\d+, (?:true|false)\);$/;
const TRUNCATE = /^TRUNCATE "(?:[^"]|"")+"(?:, "(?:[^"]|"")+")*;$/;
const INSERT_TABLE = /^INSERT INTO "((?:[^"]|"")+)"/;

/**
 * Replaces the whole content of the database with the backup's, in one transaction. The
 * database must be at the backup's migrations; on any error nothing has changed.
 */
export async function restoreBackup(
  db: Db,
  file: string,
  options: RestoreOptions = {},
): Promise<BackupSummary> {
  const lang = options.lang ?? "fr";
  const lines = new LineReader(file);
  try {
    const header = await parseHeader(lines, lang);
    const current = await appliedMigrations(db);
    // Sorted here, not by the server: collations disagree on where "_" goes.
    if ([...header.migrations].sort().join() !== [...current].sort().join()) {
      const none = lang === "fr" ? "(aucune)" : "(none)";
      throw fail("backup_version_mismatch", {
        backup: header.migrations.join(", ") || none,
        current: current.join(", ") || none,
      });
    }
    const tables = await describeTables(db);
    const counts = await db.transaction(async (tx) => {
      const versions = await readVersions(tx);
      await tx.exec("SET LOCAL alliage.restoring = 'on'");
      await tx.exec([...PREAMBLE, ...(tables.length > 0 ? [truncateLine(tables)] : [])].join("\n"));
      const loaded = await load(tx, lines, tables, lang, options.batchSize ?? 500);
      await advanceVersionsPast(tx, versions);
      return loaded;
    });
    return {
      header,
      tables: tables.map((t) => ({ table: t.name, rows: counts.get(t.name) ?? 0 })),
    };
  } finally {
    lines.close();
  }
}

type Statement = { sql: string; line: number };

async function load(
  tx: Queryable,
  lines: LineReader,
  tables: TableInfo[],
  lang: Lang,
  batchSize: number,
): Promise<Map<string, number>> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const counts = new Map<string, number>();
  let batch: Statement[] = [];
  let state: "before" | "inside" | "after" = "before";
  for (let sql = await lines.next(); sql !== undefined; sql = await lines.next()) {
    const line = lines.number;
    if (sql === "" || sql.startsWith("--")) continue;
    if (state === "before" && sql === "BEGIN;") state = "inside";
    else if (state !== "inside") throw invalidBackup(lang, "line", { line });
    else if (sql === "COMMIT;") state = "after";
    // The restore has already run its own settings and emptied every table.
    else if (PREAMBLE.includes(sql) || TRUNCATE.test(sql)) continue;
    else {
      const table = checkStatement(sql, line, byName, lang);
      if (table) counts.set(table, (counts.get(table) ?? 0) + 1);
      batch.push({ sql, line });
      if (batch.length >= batchSize) {
        await run(tx, batch, lang);
        batch = [];
      }
    }
  }
  // A file cut short (disk full, interrupted copy) must not restore half a database.
  if (state !== "after") throw invalidBackup(lang, "incomplete");
  await run(tx, batch, lang);
  return counts;
}

/** The table an INSERT line fills, or undefined for a setval line; throws for anything else. */
function checkStatement(
  sql: string,
  line: number,
  byName: Map<string, TableInfo>,
  lang: Lang,
): string | undefined {
  if (SETVAL.test(sql)) return undefined;
  const name = INSERT_TABLE.exec(sql)?.[1]?.replaceAll('""', '"');
  const table = name === undefined ? undefined : byName.get(name);
  if (!table || !sql.startsWith(table.insertPrefix) || !sql.endsWith("');")) {
    throw invalidBackup(lang, "line", { line });
  }
  const literal = sql.slice(table.insertPrefix.length, -3);
  // A lone quote would close the literal early and let the rest of the line run as SQL.
  if (literal.replaceAll("''", "").includes("'")) throw invalidBackup(lang, "line", { line });
  let row: unknown;
  try {
    row = JSON.parse(literal.replaceAll("''", "'"));
  } catch (error) {
    throw invalidBackup(lang, "data", { line, detail: (error as Error).message });
  }
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    throw invalidBackup(lang, "line", { line });
  }
  return table.name;
}

async function run(tx: Queryable, batch: Statement[], lang: Lang): Promise<void> {
  const first = batch[0];
  const last = batch.at(-1);
  if (!first || !last) return;
  const sql = batch.map((s) => s.sql).join("\n");
  try {
    await tx.exec(sql);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at =
      first === last
        ? first.line
        : lineAt(batch, Number((error as { position?: unknown }).position));
    throw at === undefined
      ? invalidBackup(lang, "rejected", { from: first.line, to: last.line, detail })
      : invalidBackup(lang, "rejectedLine", { line: at, detail });
  }
}

/** The file line of a character position in the batch, when PostgreSQL gave one. */
function lineAt(batch: Statement[], position: number): number | undefined {
  if (!Number.isInteger(position) || position < 1) return undefined;
  let end = 0;
  for (const s of batch) {
    end += s.sql.length + 1;
    if (position <= end) return s.line;
  }
  return undefined;
}
