import type ExcelJS from "exceljs";
import { BOM, csvLine } from "../../platform/audit/csv.ts";
import { onFirstUse } from "../../platform/first-use.ts";
import type { ExportTable } from "./present.ts";

const exceljs = onFirstUse<typeof ExcelJS>("exceljs");

/** UTF-8 with a BOM, RFC 4180, text that a spreadsheet would run as a formula defused. */
export function tableCsv(table: ExportTable): string {
  return BOM + csvLine(table.headers) + table.rows.map(csvLine).join("");
}

/**
 * One sheet, its header bold and frozen. Numeric columns hold numbers when the number reads back
 * as the same decimal (a spreadsheet then sums and sorts them); text cells are shared strings,
 * which Excel never evaluates.
 */
export async function tableXlsx(table: ExportTable, sheetName: string): Promise<ArrayBuffer> {
  const book = new (exceljs().Workbook)();
  book.creator = "Alliage";
  const sheet = book.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, i) => (table.numeric[i] ? asNumber(cell) : cell)));
  }
  table.headers.forEach((header, i) => {
    const longest = Math.max(
      ...[header, ...table.rows.map((r) => r[i] ?? "")].map((s) => s.length),
    );
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
  return book.xlsx.writeBuffer();
}

function asNumber(cell: string): string | number | null {
  if (cell === "") return null;
  const n = Number(cell);
  const trimmed = cell.includes(".") ? cell.replace(/0+$/, "").replace(/\.$/, "") : cell;
  return Number.isFinite(n) && String(n) === trimmed ? n : cell;
}
