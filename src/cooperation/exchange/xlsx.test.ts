import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FINANCING_FILE } from "./financing-columns.ts";
import { readFile } from "./read.ts";
import { tableXlsx } from "./xlsx.ts";

describe("XLSX amounts", () => {
  it("are numbers when a double holds them exactly, text otherwise, and read back unchanged", async () => {
    const bytes = await tableXlsx(
      {
        headers: ["Code du projet", "Montant"],
        numeric: [false, true],
        rows: [
          ["P-2024-001", "1000000.30"],
          ["P-2024-001", "999999999999999.99"],
        ],
      },
      "Financement",
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(2).getCell(2).value).toBe(1000000.3);
    expect(sheet.getRow(3).getCell(2).value).toBe("999999999999999.99");
    const rows = await readFile(new Uint8Array(bytes), FINANCING_FILE);
    expect(rows.map((r) => r.values.amount)).toEqual(["1000000.3", "999999999999999.99"]);
  });
});
