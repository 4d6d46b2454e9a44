/**
 * The one way totals are converted, used by the project page, the dashboard, the API and the
 * exports so that every one shows the same figure: amounts are first summed per currency, exactly,
 * in cents; each currency's sum is then converted once at the date's rate (half to even to the
 * cent) and added. Converting line by line would round once per line and let totals drift by
 * as many cents as there are lines.
 */

import { CURRENCIES, type Currency } from "./money.ts";
import type { RateBook } from "./queries.ts";
import { convertCents } from "./rate.ts";

export type Amounts = Record<Currency, bigint>;

export const noAmounts = (): Amounts => ({ CAD: 0n, EUR: 0n });

/** The sum of per-currency amounts expressed in one currency. */
export function amountIn(amounts: Amounts, target: Currency, book: RateBook): bigint {
  let total = 0n;
  for (const currency of CURRENCIES) {
    const cents = amounts[currency];
    if (cents === 0n) continue;
    total += currency === target ? cents : convertCents(cents, book.rate(currency, target));
  }
  return total;
}

export type Converted = { committed: bigint; disbursed: bigint; remaining: bigint };

export type Totals = {
  committed: Amounts;
  disbursed: Amounts;
  /** Remaining is committed minus disbursed after conversion, so each row adds up as shown. */
  in: Record<Currency, Converted>;
};

export type MoneyLine = { currency: Currency; committed: bigint; disbursed: bigint };

export function totalsOf(lines: readonly MoneyLine[], book: RateBook): Totals {
  const committed = noAmounts();
  const disbursed = noAmounts();
  for (const l of lines) {
    committed[l.currency] += l.committed;
    disbursed[l.currency] += l.disbursed;
  }
  const convert = (target: Currency): Converted => {
    const c = amountIn(committed, target, book);
    const d = amountIn(disbursed, target, book);
    return { committed: c, disbursed: d, remaining: c - d };
  };
  return { committed, disbursed, in: { CAD: convert("CAD"), EUR: convert("EUR") } };
}
