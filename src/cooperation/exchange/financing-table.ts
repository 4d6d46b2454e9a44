import type { Lang } from "../../platform/i18n/i18n.ts";
import { centsToDecimal } from "../financing/money.ts";
import { FINANCING_COLUMNS, type FinancingKey, financingHeaders } from "./financing-columns.ts";
import type { FinancingExportRow } from "./queries.ts";
import type { Cell, Table } from "./table.ts";

const cellsOf = (r: FinancingExportRow): Record<FinancingKey, Cell> => ({
  project: r.project_code,
  funder: r.funder_name,
  source: r.source,
  party: r.party,
  currency: r.currency,
  amount: centsToDecimal(BigInt(r.amount_cents)),
  committedOn: r.committed_on,
  confidentialTo: r.confidential_to,
  note: r.note,
});

/** The financing file's table: the amount as a plain decimal ("1234567.89"), codes as codes. */
export function financingTable(lang: Lang, rows: FinancingExportRow[]): Table {
  return {
    headers: financingHeaders(lang),
    numeric: FINANCING_COLUMNS.map((c) => c.key === "amount"),
    rows: rows.map((r) => {
      const cells = cellsOf(r);
      return FINANCING_COLUMNS.map((c) => cells[c.key]);
    }),
  };
}
