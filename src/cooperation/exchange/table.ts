import { BOM, csvLine } from "../../platform/audit/csv.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { centsToDecimal } from "../financing/money.ts";
import { type ColumnKey, headersFor, LIST_SEPARATOR, MONEY_KEYS, NO, YES } from "./columns.ts";
import type { ExportRow } from "./queries.ts";

/** A cell: text, or a number that spreadsheets should treat as one (XLSX only). */
export type Cell = string | number | null;

/** numeric: which columns hold decimals (coordinates, money) that a spreadsheet should sum. */
export type Table = { headers: string[]; numeric: boolean[]; rows: Cell[][] };

const NUMERIC_KEYS: readonly ColumnKey[] = ["latitude", "longitude", ...MONEY_KEYS];

/** "46.813900" → "46.8139": numeric(9,6) pads, the file should not. */
export const trimDecimal = (value: string | null) =>
  value === null ? null : value.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");

const money = (cents: string) => centsToDecimal(BigInt(cents));

function cellOf(lang: Lang, row: ExportRow, key: ColumnKey): Cell {
  switch (key) {
    case "code":
      return row.code;
    case "titleFr":
      return row.title_fr;
    case "titleEn":
      return row.title_en;
    case "summaryFr":
      return row.summary_fr;
    case "summaryEn":
      return row.summary_en;
    case "kind":
      return row.kind;
    case "status":
      return row.status;
    case "ownerParty":
      return row.owner_party;
    case "confidentialTo":
      return row.confidential_to;
    case "published":
      return localise(row.published ? YES : NO, lang);
    case "lines":
      return row.lines.join(LIST_SEPARATOR);
    case "materials":
      return row.materials.join(LIST_SEPARATOR);
    case "stages":
      return row.stages.join(LIST_SEPARATOR);
    case "region":
      return row.region;
    case "country":
      return row.country_id;
    case "latitude":
      return trimDecimal(row.latitude);
    case "longitude":
      return trimDecimal(row.longitude);
    case "startOn":
      return row.start_on;
    case "endOn":
      return row.end_on;
    case "partners":
      return row.partners.join(LIST_SEPARATOR);
    case "committedCad":
      return money(row.committed_cad);
    case "committedEur":
      return money(row.committed_eur);
    case "disbursedCad":
      return money(row.disbursed_cad);
    case "disbursedEur":
      return money(row.disbursed_eur);
  }
}

/** The file's table, headers in the reader's language; money only for those who may read it. */
export function projectTable(lang: Lang, rows: ExportRow[], withMoney: boolean): Table {
  const columns = headersFor(lang, withMoney);
  return {
    headers: columns.map((c) => c.label),
    numeric: columns.map((c) => NUMERIC_KEYS.includes(c.key)),
    rows: rows.map((row) => columns.map((c) => cellOf(lang, row, c.key))),
  };
}

/** UTF-8 with a BOM, RFC 4180, formula-like text neutralised by the shared writer. */
export function tableCsv(table: Table): string {
  const lines = [
    table.headers,
    ...table.rows.map((r) => r.map((c) => (c === null ? "" : String(c)))),
  ];
  return BOM + lines.map(csvLine).join("");
}
