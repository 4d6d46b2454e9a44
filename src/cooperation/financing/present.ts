import type { Currency } from "./money.ts";
import type { ExchangeRateRow, RateUsed } from "./queries.ts";
import { rateToDecimal } from "./rate.ts";

/** An exchange rate as the administrators' table and its delete confirmation show it. */
export type RateView = {
  base: Currency;
  quote: Currency;
  /** ISO date; the page formats it. */
  onDate: string;
  /** The decimal as stored; the page formats it. */
  rate: string;
  source: string;
};

export const presentRate = (r: ExchangeRateRow): RateView => ({
  base: r.base,
  quote: r.quote,
  onDate: r.on_date,
  rate: r.rate,
  source: r.source,
});

/** The EUR→CAD rate some totals used, so that anyone can redo them. */
export type RateUsedView = {
  /** The decimal to show: a stored CAD→EUR row, inverted, has no finite form (eight decimals). */
  decimal: string;
  /** The stored row's date (ISO) and source. */
  onDate: string;
  source: string;
};

export const presentRateUsed = (u: RateUsed): RateUsedView => ({
  decimal: u.inverted ? rateToDecimal(u.rate) : u.row.rate,
  onDate: u.row.on_date,
  source: u.row.source,
});
