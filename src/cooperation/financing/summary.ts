/**
 * Portfolio totals: committed and disbursed by project, line of action, funding party, project
 * kind and year of commitment, in one currency at one date. The sums per key and currency are
 * read from the rollups that migration 0025 keeps beside the lines (summaryGroups, queries.ts);
 * the per-currency sums are then converted exactly by amountIn (totals.ts), the same function as
 * the project page and the exports.
 */
import type { Queryable } from "../../platform/db/client.ts";
import type { Visibility } from "../shared/visibility.ts";
import type { Currency } from "./money.ts";
import {
  type RateBook,
  type RateUsed,
  rateBookAt,
  type SummaryGroup,
  summaryGroups,
} from "./queries.ts";
import { type Amounts, amountIn, noAmounts } from "./totals.ts";

export const DIMENSIONS = ["project", "line", "party", "kind", "year"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type SummaryRow = {
  key: string;
  /** Project titles, for the project dimension only. */
  title?: { fr: string; en: string };
  committed: bigint;
  disbursed: bigint;
  native: { committed: Amounts; disbursed: Amounts };
};

export type PortfolioSummary = {
  currency: Currency;
  at: string;
  rate: RateUsed | null;
  total: SummaryRow;
  by: Record<Dimension, SummaryRow[]>;
};

function emptyRow(key: string): SummaryRow {
  return {
    key,
    committed: 0n,
    disbursed: 0n,
    native: { committed: noAmounts(), disbursed: noAmounts() },
  };
}

function convert(row: SummaryRow, currency: Currency, book: RateBook): SummaryRow {
  row.committed = amountIn(row.native.committed, currency, book);
  row.disbursed = amountIn(row.native.disbursed, currency, book);
  return row;
}

function collect(rows: SummaryGroup[], currency: Currency, book: RateBook): SummaryRow[] {
  const byKey = new Map<string, SummaryRow>();
  for (const r of rows) {
    let row = byKey.get(r.key);
    if (!row) {
      row = emptyRow(r.key);
      if (r.title_fr !== null) row.title = { fr: r.title_fr, en: r.title_en ?? r.title_fr };
      byKey.set(r.key, row);
    }
    row.native.committed[r.currency] += BigInt(r.committed);
    row.native.disbursed[r.currency] += BigInt(r.disbursed);
  }
  return [...byKey.values()]
    .map((row) => convert(row, currency, book))
    .sort((a, b) =>
      b.committed > a.committed ? 1 : b.committed < a.committed ? -1 : a.key < b.key ? -1 : 1,
    );
}

export async function computePortfolioSummary(
  db: Queryable,
  v: Visibility,
  options: { currency: Currency; at: string },
): Promise<PortfolioSummary> {
  const book = await rateBookAt(db, options.at);
  const rows = await summaryGroups(db, v);
  const by = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      collect(
        rows.filter((r) => r.dim === d),
        options.currency,
        book,
      ),
    ]),
  ) as Record<Dimension, SummaryRow[]>;
  // Every line has exactly one party: the party rows partition the portfolio, so their native
  // sums are the portfolio's, converted once like any other row.
  const total = emptyRow("total");
  for (const row of by.party) {
    for (const c of ["CAD", "EUR"] as const) {
      total.native.committed[c] += row.native.committed[c];
      total.native.disbursed[c] += row.native.disbursed[c];
    }
  }
  return {
    currency: options.currency,
    at: options.at,
    rate: book.used,
    total: convert(total, options.currency, book),
    by,
  };
}
