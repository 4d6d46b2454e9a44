import type { Reference } from "../reference/reference.ts";
import type { Issue } from "./issues.ts";

export type ParseContext = {
  fileName: string;
  /** The vintage the administrator gave; otherwise the parser reads it from the file. */
  vintage?: string | undefined;
  ref: Reference;
};

/** What a parser makes of a file: typed rows, the vintage it found, and every row it set aside. */
export type Parsed<R> = {
  vintage: string | undefined;
  rowsRead: number;
  rows: R;
  issues: Issue[];
};

/**
 * Rows for one table; dataset_id is put first unless the table hangs off another. A table of
 * bookkeeping (the official list's own row) is not counted among the values stored.
 */
export type TableRows = {
  table: string;
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
  withDatasetId?: boolean;
  counted?: boolean;
};

/** Rows given as objects keyed by column (all with the same keys), as a table's rows. */
export function objectTable(table: string, rows: readonly Record<string, unknown>[]): TableRows {
  const columns = Object.keys(rows[0] ?? {});
  return { table, columns, rows: rows.map((r) => columns.map((c) => r[c])) };
}

/** One kind of dataset: a pure parser, and how its rows map onto tables. */
export type Importer<R> = {
  kind: string;
  parse: (text: string, ctx: ParseContext) => Parsed<R>;
  tables: (rows: R, vintage: string) => TableRows[];
};

/** The year a file name carries, after `prefix` if given: "usgs_mcs2026_…" → 2026. */
export function yearInName(fileName: string, prefix?: RegExp): number | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const before = prefix ? `${prefix.source}[\\s_-]*` : "(?:^|\\D)";
  const m = new RegExp(`${before}((?:19|20)\\d{2})(?!\\d)`, "i").exec(base);
  return m?.[1] ? Number(m[1]) : undefined;
}
