import type ExcelJS from "exceljs";
import { onFirstUse } from "../../platform/first-use.ts";
import { type Cell, type Table, trimDecimal } from "./table.ts";

const exceljs = onFirstUse<typeof ExcelJS>("exceljs");

/**
 * One sheet with a bold, frozen header row, as the criticality exports. Coordinates and amounts
 * are stored as numbers so that a spreadsheet sums and sorts them; text cells are shared
 * strings, which Excel never evaluates, so no formula-injection guard is needed.
 */
export async function tableXlsx(table: Table, sheetName: string): Promise<ArrayBuffer> {
  const book = new (exceljs().Workbook)();
  book.creator = "Alliage";
  const sheet = book.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, i) => (table.numeric[i] ? asNumber(cell) : cell)));
  }
  table.headers.forEach((header, i) => {
    const longest = Math.max(...[header, ...table.rows.map((r) => r[i])].map(widthOf));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
  return book.xlsx.writeBuffer();
}

/**
 * A decimal as a spreadsheet number only when the number reads back as the same decimal: past
 * 2^53 a double would silently change an amount's last cents, so it stays text.
 */
function asNumber(cell: Cell): Cell {
  if (cell === null || typeof cell === "number") return cell;
  const n = Number(cell);
  return Number.isFinite(n) && String(n) === trimDecimal(cell) ? n : cell;
}

const widthOf = (cell: Cell | undefined) =>
  cell === null || cell === undefined ? 0 : String(cell).length;
