import type { Queryable } from "./client.ts";
import { quoteIdent, quoteLiteral } from "./sql.ts";

/** The alias of the row being copied: unlike a short one, no column of ours will bear it. */
export const ROW = "alliage_row";

/** What a backup needs to know about one table of the public schema. */
export type TableInfo = {
  name: string;
  /** An INSERT line up to its JSON literal; restore accepts only lines that start with it. */
  insertPrefix: string;
  /** A stable row order, so that two backups of the same data are the same file. */
  orderBy: string;
};

type Column = { rel: string; name: string; generated: boolean; always: boolean; pk: number | null };

// The migrations, not the backup, own the schema: their bookkeeping table is never copied. Nor
// are the data versions, counters of this database's writes: a restore moves them past their
// value (versioned-cache.ts), so that nothing computed before it is served after it.
const NOT_DATA = new Set(["schema_migrations", "data_versions"]);

/**
 * The application's tables, parents before the tables that reference them. Only pg_catalog
 * columns that PostgreSQL 15 and PGlite (PostgreSQL 18) both have are used.
 */
export async function describeTables(q: Queryable): Promise<TableInfo[]> {
  // Partitions are read through their parent, so they are left out here.
  const tables = await q.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname`,
  );
  const edges = await q.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent
       FROM pg_constraint k
       JOIN pg_class ch ON ch.oid = k.conrelid
       JOIN pg_class pa ON pa.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = ch.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const columns = await q.query<Column>(
    `SELECT c.relname AS rel, a.attname AS name, a.attgenerated <> '' AS generated,
            a.attidentity = 'a' AS always, array_position(i.indkey::int2[], a.attnum) AS pk
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
      WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
  );
  const names = tables.map((t) => t.name).filter((name) => !NOT_DATA.has(name));
  return dependencyOrder(names, edges).map((name) =>
    tableInfo(
      name,
      columns.filter((c) => c.rel === name),
    ),
  );
}

function tableInfo(name: string, columns: Column[]): TableInfo {
  const table = quoteIdent(name);
  // Generated columns refuse any value, and identity columns GENERATED ALWAYS refuse one
  // unless told to take it: the rows must keep the ids other rows point to.
  const writable = columns.filter((c) => !c.generated);
  const list =
    writable.length < columns.length ? writable.map((c) => quoteIdent(c.name)).join(", ") : "";
  const override = columns.some((c) => c.always) ? " OVERRIDING SYSTEM VALUE" : "";
  const key = columns
    .filter((c) => c.pk !== null)
    .sort((a, b) => (a.pk ?? 0) - (b.pk ?? 0))
    .map((c) => `${ROW}.${quoteIdent(c.name)}`);
  return {
    name,
    insertPrefix: `INSERT INTO ${table}${list ? ` (${list})` : ""}${override} SELECT ${list || "*"} FROM json_populate_record(NULL::${table}, '`,
    orderBy: key.length > 0 ? key.join(", ") : `${ROW}.ctid`,
  };
}

/**
 * Parents first, ties in name order. Tables in a cycle of foreign keys (or pointing to
 * themselves) cannot be ordered: their foreign keys must be DEFERRABLE, and the restore defers
 * all constraints to the commit.
 */
export function dependencyOrder(
  names: string[],
  edges: { child: string; parent: string }[],
): string[] {
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const { child, parent } of edges) {
    if (child !== parent && parents.has(parent)) parents.get(child)?.add(parent);
  }
  const left = new Set([...names].sort());
  const order: string[] = [];
  while (left.size > 0) {
    const ready = [...left].filter((n) => [...(parents.get(n) ?? [])].every((p) => !left.has(p)));
    for (const name of ready.length > 0 ? ready : [...left].slice(0, 1)) {
      order.push(name);
      left.delete(name);
    }
  }
  return order;
}

/** setval lines, so that ids drawn from a sequence after a restore do not collide. */
export async function sequenceLines(q: Queryable): Promise<string[]> {
  const sequences = await q.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
  );
  const lines: string[] = [];
  for (const { name } of sequences) {
    // As text: a bigint past 2^53 would lose digits as a JavaScript number.
    const [state] = await q.query<{ value: string; called: boolean }>(
      `SELECT last_value::text AS value, is_called AS called FROM ${quoteIdent(name)}`,
    );
    if (state) {
      lines.push(
        `SELECT setval(${quoteLiteral(quoteIdent(name))}, ${state.value}, ${state.called});`,
      );
    }
  }
  return lines;
}
