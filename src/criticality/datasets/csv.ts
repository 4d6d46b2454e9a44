import { parse } from "csv-parse/sync";
import { fail } from "../../platform/errors/app-error.ts";

/** A CSV record by header name, with the file line it starts on (the header is line 1). */
export type CsvRecord = { line: number; get: (column: string) => string };

/**
 * Reads CSV text whose header must hold `required` (compared trimmed, ignoring case and
 * inner spaces, so USGS's "PROD_EST_ 2024" is "PROD_EST_2024"). A file that is not such a CSV
 * is refused with dataset_malformed, naming the columns expected.
 */
export function readCsv(
  text: string,
  fileName: string,
  required: readonly string[],
): { header: string[]; records: CsvRecord[] } {
  type Row = { record: string[]; info: { lines: number; empty_lines: number } };
  let rows: Row[];
  try {
    rows = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Row[];
  } catch (error) {
    throw fail("dataset_malformed", { file: fileName, reason: (error as Error).message });
  }
  const [first, ...rest] = rows;
  const header = (first?.record ?? []).map(columnKey);
  const missing = required.filter((c) => !header.includes(columnKey(c)));
  if (!first || missing.length > 0) {
    throw fail("dataset_malformed", {
      file: fileName,
      reason: required.join(", "),
    });
  }
  const index = new Map(header.map((h, i) => [h, i]));
  // csv-parse gives the line a record ends on; it starts after the previous one and the empty
  // lines skipped since.
  let previous = first.info;
  const records = rest.map(({ record, info }) => {
    const line = previous.lines + 1 + info.empty_lines - previous.empty_lines;
    previous = info;
    return { line, get: (c: string) => record[index.get(columnKey(c)) ?? -1] ?? "" };
  });
  return { header, records };
}

export const columnKey = (name: string) => name.replace(/\s+/g, "").toLowerCase();
