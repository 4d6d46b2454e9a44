/**
 * Portfolio totals: committed and disbursed by project, line of action, funding party, project
 * kind and year of commitment, in one currency at one date. Each dimension is one SQL
 * aggregation grouped by currency as well; the per-currency sums are then converted exactly by
 * amountIn (totals.ts), the same function as the project page and the exports.
 */
import type { Queryable } from "../../platform/db/client.ts";
import { type Visibility, visibleSql } from "../visibility.ts";
import { type RateBook, type RateUsed, rateBookAt } from "./exchange-rates.ts";
import type { Currency } from "./money.ts";
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

type Grouped = {
  dim: Dimension;
  key: string;
  title_fr: string | null;
  title_en: string | null;
  currency: Currency;
  committed: string;
  disbursed: string;
};

/**
 * One statement, one pass over the lines: they are summed per project (in the order of the
 * covering index of migration 0011) and per party × year; kind and line of action are then
 * aggregated from the per-project sums (a few thousand rows), each dimension by its own GROUP BY.
 * A project hidden from the actor is excluded by an anti-join on the (few) hidden projects.
 */
function summarySql(v: Visibility, params: unknown[]): string {
  const lineVisible = visibleSql(v, "f", params);
  const projectVisible = visibleSql(v, "h", params, { publishedColumn: true });
  // date_part (double precision) rather than extract (numeric): cheaper on 100,000 rows.
  const year = "date_part('year', f.committed_on)::int";
  const sums =
    "a.currency, sum(a.committed)::text AS committed, sum(a.disbursed)::text AS disbursed";
  return `WITH agg AS (
      SELECT GROUPING(f.project_id) AS g, f.project_id, f.party, ${year} AS year, f.currency,
        sum(f.amount_cents) AS committed, sum(f.disbursed_cents) AS disbursed
      FROM financing_commitments f
      WHERE ${lineVisible}
        AND NOT EXISTS (SELECT 1 FROM projects h WHERE h.id = f.project_id AND NOT ${projectVisible})
      GROUP BY GROUPING SETS ((f.project_id, f.currency), (f.party, ${year}, f.currency))
    ), per AS (SELECT * FROM agg WHERE g = 0)
    SELECT 'project' AS dim, p.code AS key, p.title_fr, p.title_en, a.currency,
      a.committed::text AS committed, a.disbursed::text AS disbursed
      FROM per a JOIN projects p ON p.id = a.project_id
    UNION ALL
    SELECT 'kind', p.kind, NULL, NULL, ${sums}
      FROM per a JOIN projects p ON p.id = a.project_id GROUP BY p.kind, a.currency
    UNION ALL
    -- A project serving several lines counts in each of them (and once in the total).
    SELECT 'line', k.action_line_code, NULL, NULL, ${sums}
      FROM per a JOIN action_line_links k
        ON k.subject_type = 'Project' AND k.subject_id = a.project_id::text
      GROUP BY k.action_line_code, a.currency
    UNION ALL
    SELECT 'party', a.party, NULL, NULL, ${sums} FROM agg a WHERE a.g = 1 GROUP BY a.party, a.currency
    UNION ALL
    SELECT 'year', a.year::text, NULL, NULL, ${sums} FROM agg a WHERE a.g = 1 GROUP BY a.year, a.currency`;
}

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

function collect(rows: Grouped[], currency: Currency, book: RateBook): SummaryRow[] {
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
  const params: unknown[] = [];
  const rows = await db.query<Grouped>(summarySql(v, params), params);
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
