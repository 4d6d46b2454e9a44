import ExcelJS from "exceljs";
import type { Cell, ProjectTable } from "./table.ts";

/**
 * One sheet with a bold, frozen header row, as the criticality exports. Coordinates and amounts
 * are stored as numbers so that a spreadsheet sums and sorts them; text cells are shared
 * strings, which Excel never evaluates, so no formula-injection guard is needed.
 */
export async function projectsXlsx(table: ProjectTable, sheetName: string): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Alliage";
  const sheet = book.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, i) => (table.numeric[i] && cell !== null ? Number(cell) : cell)));
  }
  table.headers.forEach((header, i) => {
    const longest = Math.max(...[header, ...table.rows.map((r) => r[i])].map(widthOf));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
  return book.xlsx.writeBuffer();
}

const widthOf = (cell: Cell | undefined) =>
  cell === null || cell === undefined ? 0 : String(cell).length;
