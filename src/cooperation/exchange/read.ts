import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import { fail } from "../../platform/errors/app-error.ts";
import { onFirstUse } from "../../platform/first-use.ts";
import { type ColumnKey, columnOfHeader } from "./columns.ts";

/** A data row of the file: its number as a spreadsheet shows it (the header is row 1). */
export type FileRow<K extends string = ColumnKey> = {
  row: number;
  values: Partial<Record<K, string>>;
};

/** What a kind of file is made of: the column each header names, and the one it cannot lack. */
export type FileKind<K extends string> = {
  columnOf: (header: string) => K | undefined;
  required: { key: K; label: string };
};

const PROJECT_FILE: FileKind<ColumnKey> = {
  columnOf: columnOfHeader,
  required: { key: "titleFr", label: "Titre (français) / Title (French)" },
};

const exceljs = onFirstUse<typeof ExcelJS>("exceljs");

const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

export function readProjectFile(bytes: Uint8Array): Promise<FileRow[]> {
  return readFile(bytes, PROJECT_FILE);
}

/**
 * The rows of an uploaded CSV or XLSX file (an XLSX is a zip: it starts with "PK"), keyed by the
 * column each header names. The apostrophe the CSV export puts before formula-like text is
 * taken off again, so that "-71.2" comes back as a number.
 */
export async function readFile<K extends string>(
  bytes: Uint8Array,
  kind: FileKind<K>,
): Promise<FileRow<K>[]> {
  const grid = isZip(bytes) ? await xlsxGrid(bytes) : csvGrid(bytes);
  const [header, ...data] = grid;
  if (!header) throw fail("cooperation_import_file", { reason: "empty / vide" });
  const keys = header.map((h) => kind.columnOf(h));
  const unknown = header.filter((h, i) => h.trim() !== "" && keys[i] === undefined);
  if (unknown.length > 0) throw fail("cooperation_import_file", { reason: unknown.join(", ") });
  if (!keys.includes(kind.required.key))
    throw fail("cooperation_import_file", { reason: kind.required.label });
  return data
    .map((cells, i) => {
      const values: FileRow<K>["values"] = {};
      keys.forEach((key, j) => {
        if (key) values[key] = (cells[j] ?? "").replace(FORMULA_GUARD, "").trim();
      });
      return { row: i + 2, values };
    })
    .filter((r) => Object.values(r.values).some((v) => v !== ""));
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

function csvGrid(bytes: Uint8Array): string[][] {
  try {
    return parse(Buffer.from(bytes), { bom: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw fail("cooperation_import_file", { reason: (error as Error).message });
  }
}

async function xlsxGrid(bytes: Uint8Array): Promise<string[][]> {
  const book = new (exceljs().Workbook)();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw fail("cooperation_import_file", { reason: (error as Error).message });
  }
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    grid[n - 1] = cells;
  });
  return Array.from(grid, (r) => r ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value);
}
