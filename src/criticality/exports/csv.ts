import { BOM, csvLine } from "../../platform/audit/csv.ts";
import type { ExportCell, ExportTable } from "./table.ts";

/**
 * The table as CSV: UTF-8 with a BOM, RFC 4180 quoting, formula-like text neutralised by the
 * shared writer. Numbers keep a dot as decimal mark so that tools parse them whatever the locale;
 * booleans have been spelt in the reader's language by the table builder.
 */
export function exportCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows.map((row) => row.map(cellText))];
  return BOM + lines.map(csvLine).join("");
}

const cellText = (cell: ExportCell): string => (cell === null ? "" : String(cell));
