import type { Queryable } from "./client.ts";
import { quoteIdent as ident } from "./sql.ts";

/**
 * Inserts a row, or updates every other column of the row with the same key: for seeds that
 * must bring older installations up to date without touching what refers to the row.
 */
export async function upsert(
  tx: Queryable,
  table: string,
  key: readonly string[],
  row: Record<string, unknown>,
): Promise<void> {
  const columns = Object.keys(row);
  const updates = columns.filter((c) => !key.includes(c));
  const sql =
    `INSERT INTO ${ident(table)} (${columns.map(ident).join(", ")}) ` +
    `VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")}) ` +
    `ON CONFLICT (${key.map(ident).join(", ")}) ` +
    (updates.length > 0
      ? `DO UPDATE SET ${updates.map((c) => `${ident(c)} = EXCLUDED.${ident(c)}`).join(", ")}`
      : "DO NOTHING");
  await tx.query(sql, Object.values(row));
}
