import { csvLine } from "../platform/audit/csv.ts";
import type { CliContext } from "./context.ts";

export type Cell = string | number | boolean | null | undefined;

const text = (v: Cell): string => (v === null || v === undefined ? "" : String(v));

/** CSV (RFC 4180 quoting, CRLF records) with a header line. */
export function printCsv(ctx: CliContext, header: readonly string[], rows: readonly Cell[][]) {
  for (const cells of [header, ...rows]) ctx.out(csvLine(cells.map(text)).replace(/\n$/, ""));
}

/** A readable table: columns padded to their widest cell. */
export function printTable(ctx: CliContext, header: readonly string[], rows: readonly Cell[][]) {
  const all = [header, ...rows].map((r) => r.map(text));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  for (const r of all)
    ctx.out(
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    );
}

/** --json, --csv or a table. */
export function printRows(
  ctx: CliContext,
  format: { csv?: boolean },
  header: readonly string[],
  rows: readonly Cell[][],
) {
  if (format.csv) printCsv(ctx, header, rows);
  else printTable(ctx, header, rows);
}
