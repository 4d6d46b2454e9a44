/**
 * The exchange-rate table kept by administrators: the rate used "at a date" is the latest one
 * published on or before that date, in either direction (a EUR→CAD row also gives CAD→EUR as
 * its exact inverse). Each change is an audited command.
 */
import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Currency } from "./money.ts";
import { invert, ONE, parseRate, type Rate, rateToDecimal } from "./rate.ts";

export type ExchangeRateRow = {
  base: Currency;
  quote: Currency;
  on_date: string;
  rate: string;
  source: string;
};

export async function listRates(db: Queryable): Promise<ExchangeRateRow[]> {
  return db.query<ExchangeRateRow>(
    `SELECT base, quote, on_date, rate::text AS rate, source FROM exchange_rates
     ORDER BY on_date DESC, base, quote`,
  );
}

/** The rate that converts `from` into `to` at a date, with the row it came from. */
export type RateUsed = { rate: Rate; row: ExchangeRateRow; inverted: boolean };

export async function rateOn(
  db: Queryable,
  from: Currency,
  to: Currency,
  at: string,
): Promise<RateUsed | null> {
  // On the same date a row in the asked direction wins over the inverse of the other one.
  const [row] = await db.query<ExchangeRateRow>(
    `SELECT base, quote, on_date, rate::text AS rate, source FROM exchange_rates
     WHERE ((base = $1 AND quote = $2) OR (base = $2 AND quote = $1)) AND on_date <= $3
     ORDER BY on_date DESC, (base = $1) DESC LIMIT 1`,
    [from, to, at],
  );
  if (!row) return null;
  const rate = parseRate(row.rate);
  const inverted = row.base !== from;
  return { rate: inverted ? invert(rate) : rate, row, inverted };
}

/** The conversions available at one date: what every total of a page or an export uses. */
export type RateBook = {
  at: string;
  /** Throws the localised "no rate at this date" error when none is known. */
  rate(from: Currency, to: Currency): Rate;
  /** The EUR→CAD rate found (null if none): CAD→EUR is its exact inverse. */
  used: RateUsed | null;
};

export async function rateBookAt(db: Queryable, at: string): Promise<RateBook> {
  const used = await rateOn(db, "EUR", "CAD", at);
  return {
    at,
    used,
    rate(from, to) {
      if (from === to) return ONE;
      if (!used) throw fail("financing_rate_missing", { from, to, date: at });
      return from === "EUR" ? used.rate : invert(used.rate);
    },
  };
}

export type RateInput = {
  base: Currency;
  quote: Currency;
  onDate: string;
  rate: string;
  source: string;
};

export async function addRate(db: Db, performer: Performer, input: RateInput): Promise<void> {
  if (input.base === input.quote) throw fail("financing_rate_same_currency");
  const rate = parseRate(input.rate);
  const source = input.source.trim();
  if (source === "" || source.length > 300) throw fail("financing_rate_source");
  // Eight decimals, as numeric(18,8) stores it: exact, since parseRate takes at most eight.
  const decimal = rateToDecimal(rate);
  await runCommand(db, performer, "exchange_rate.create", async ({ tx, audit }) => {
    const added = await tx.query(
      `INSERT INTO exchange_rates (base, quote, on_date, rate, source) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING base`,
      [input.base, input.quote, input.onDate, decimal, source],
    );
    if (added.length === 0)
      throw fail("financing_rate_exists", {
        base: input.base,
        quote: input.quote,
        date: input.onDate,
      });
    await audit({
      subjectType: "ExchangeRate",
      subjectId: `${input.base}/${input.quote}/${input.onDate}`,
      changes: { rate: { from: null, to: decimal }, source: { from: null, to: source } },
    });
  });
}

export async function deleteRate(
  db: Db,
  performer: Performer,
  key: { base: string; quote: string; onDate: string },
): Promise<void> {
  await runCommand(db, performer, "exchange_rate.delete", async ({ tx, audit }) => {
    const [gone] = await tx.query<{ rate: string }>(
      `DELETE FROM exchange_rates WHERE base = $1 AND quote = $2 AND on_date = $3
       RETURNING rate::text AS rate`,
      [key.base, key.quote, key.onDate],
    );
    if (!gone) throw fail("not_found");
    await audit({
      subjectType: "ExchangeRate",
      subjectId: `${key.base}/${key.quote}/${key.onDate}`,
      changes: { rate: { from: gone.rate, to: null } },
    });
  });
}
