import type ExcelJS from "exceljs";
import { onFirstUse } from "../../platform/first-use.ts";
import type { ExportCell, ExportTable } from "./table.ts";

const exceljs = onFirstUse<typeof ExcelJS>("exceljs");

/**
 * The table as an XLSX workbook: the data sheet (bold, frozen header row; numbers stored as
 * numbers) and a "Sources" sheet with the provenance of the data.
 */
export async function exportXlsx(table: ExportTable, sourcesSheet: string): Promise<ArrayBuffer> {
  const book = new (exceljs().Workbook)();
  book.creator = "Alliage";
  addSheet(book, table.sheetName, table.headers, table.rows);
  addSheet(book, sourcesSheet, table.sources.headers, table.sources.rows);
  return book.xlsx.writeBuffer();
}

function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  headers: string[],
  rows: ExportCell[][],
): void {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  // Text cells are stored as shared strings, which Excel never evaluates: unlike CSV, no
  // apostrophe is needed against formula injection, and the text stays as the source gave it.
  for (const row of rows) sheet.addRow(row);
  headers.forEach((header, i) => {
    const longest = Math.max(...[header, ...rows.map((r) => r[i])].map(widthOf));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
}

const widthOf = (cell: ExportCell | undefined): number =>
  cell === null || cell === undefined ? 0 : String(cell).length;
