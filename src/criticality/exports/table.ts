/** A cell keeps its type so that XLSX writes numbers as numbers and CSV can still spell them. */
export type ExportCell = string | number | boolean | null;

/** What one export holds, already in the reader's language; CSV and XLSX only lay it out. */
export type ExportTable = {
  /** File name without extension. */
  fileName: string;
  sheetName: string;
  headers: string[];
  rows: ExportCell[][];
  /** Provenance of the data, written as a second sheet in XLSX. */
  sources: { headers: string[]; rows: ExportCell[][] };
};

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
