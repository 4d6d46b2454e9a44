/**
 * Reading financing lines, always through the portfolio's visibility rule (visibility.ts), and
 * the exchange-rate table: the rate used "at a date" is the latest one published on or before
 * that date, in either direction (a EUR→CAD row also gives CAD→EUR as its exact inverse).
 */
import type { Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Party } from "../../shared/party.ts";
import { type Visibility, visibleSql } from "../shared/visibility.ts";
import type { Currency } from "./money.ts";
import { invert, ONE, parseRate, type Rate } from "./rate.ts";
import type { FundingParty } from "./schema.ts";

export type ProjectRef = {
  id: string;
  code: string;
  owner_party: Party;
  confidential_to: Party | null;
  published: boolean;
  title_fr: string;
  title_en: string;
};

/** The project by its code, if this visibility lets the actor see it. */
export async function findVisibleProject(
  db: Queryable,
  v: Visibility,
  code: string,
): Promise<ProjectRef | undefined> {
  const params: unknown[] = [code];
  const [row] = await db.query<ProjectRef>(
    `SELECT id, code, owner_party, confidential_to, published, title_fr, title_en
     FROM projects p WHERE p.code = $1 AND ${visibleSql(v, "p", params, { publishedColumn: true })}`,
    params,
  );
  return row;
}

/** A line in cents: a MoneyLine (totals.ts) with what the pages and the API show of it. */
export type FinancingLine = {
  currency: Currency;
  committed: bigint;
  disbursed: bigint;
  id: string;
  projectId: string;
  projectCode: string;
  ownerParty: Party;
  funderId: string;
  funderName: string;
  source: "public" | "private";
  party: FundingParty;
  committedOn: string;
  confidentialTo: Party | null;
  note: string | null;
};

type Row = {
  id: string;
  project_id: string;
  project_code: string;
  owner_party: Party;
  funder_id: string;
  funder_name: string;
  source: "public" | "private";
  party: FundingParty;
  amount_cents: string;
  currency: Currency;
  committed_on: string;
  confidential_to: Party | null;
  note: string | null;
  disbursed: string;
};

const SELECT = `SELECT f.id, f.project_id, p.code AS project_code, p.owner_party, f.funder_id,
    o.name AS funder_name, f.source, f.party, f.amount_cents::text AS amount_cents, f.currency,
    f.committed_on, f.confidential_to, f.note, f.disbursed_cents::text AS disbursed
  FROM financing_commitments f
  JOIN projects p ON p.id = f.project_id
  JOIN organisations o ON o.id = f.funder_id`;

/** Both the line's and its project's confidentiality (and publication, for the public). */
function visibleLines(v: Visibility, params: unknown[]): string {
  return `${visibleSql(v, "p", params, { publishedColumn: true })} AND ${visibleSql(v, "f", params)}`;
}

const toLine = (r: Row): FinancingLine => ({
  id: r.id,
  projectId: r.project_id,
  projectCode: r.project_code,
  ownerParty: r.owner_party,
  funderId: r.funder_id,
  funderName: r.funder_name,
  source: r.source,
  party: r.party,
  currency: r.currency,
  committed: BigInt(r.amount_cents),
  disbursed: BigInt(r.disbursed),
  committedOn: r.committed_on,
  confidentialTo: r.confidential_to,
  note: r.note,
});

export async function projectLines(
  db: Queryable,
  v: Visibility,
  projectId: string,
): Promise<FinancingLine[]> {
  const params: unknown[] = [projectId];
  const rows = await db.query<Row>(
    `${SELECT} WHERE f.project_id = $1 AND ${visibleLines(v, params)}
     ORDER BY f.committed_on, o.name, f.id`,
    params,
  );
  return rows.map(toLine);
}

export async function findLine(
  db: Queryable,
  v: Visibility,
  id: string,
): Promise<FinancingLine | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const params: unknown[] = [id];
  const [row] = await db.query<Row>(
    `${SELECT} WHERE f.id = $1 AND ${visibleLines(v, params)}`,
    params,
  );
  return row && toLine(row);
}

export async function listLines(
  db: Queryable,
  v: Visibility,
  page: number,
  perPage: number,
  projectCode?: string,
): Promise<{ items: FinancingLine[]; total: number }> {
  const params: unknown[] = [];
  let where = visibleLines(v, params);
  if (projectCode) {
    params.push(projectCode);
    where += ` AND p.code = $${params.length}`;
  }
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM financing_commitments f JOIN projects p ON p.id = f.project_id
     WHERE ${where}`,
    params,
  );
  params.push(perPage, (page - 1) * perPage);
  const rows = await db.query<Row>(
    `${SELECT} WHERE ${where} ORDER BY p.code, f.committed_on, f.id
     LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { items: rows.map(toLine), total: count?.n ?? 0 };
}

export async function funders(db: Queryable): Promise<{ id: string; name: string }[]> {
  return db.query("SELECT id, name FROM organisations ORDER BY lower(name)");
}

/** A disbursement as written, to echo it back. */
export async function findDisbursement(db: Queryable, id: string) {
  const [row] = await db.query<{ cents: string; paid_on: string; note: string | null }>(
    "SELECT amount_cents::text AS cents, paid_on, note FROM financing_disbursements WHERE id = $1",
    [id],
  );
  return row ?? null;
}

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

/** One dimension's sums for one key and currency (summary.ts converts and totals them). */
export type SummaryGroup = {
  dim: string;
  key: string;
  title_fr: string | null;
  title_en: string | null;
  currency: Currency;
  committed: string;
  disbursed: string;
};

/**
 * A rollup's keys that this visibility lets the actor see: both the lines' confidentiality and
 * their project's (with its publication), under the same rule as the lines themselves.
 */
function visibleRollup(table: string, v: Visibility, params: unknown[]): string {
  return `SELECT r.* FROM derived.${table} r
    CROSS JOIN LATERAL (SELECT r.project_confidential_to AS confidential_to,
      r.project_published AS published) p
    WHERE r.lines > 0 AND ${visibleSql(v, "r", params)}
      AND ${visibleSql(v, "p", params, { publishedColumn: true })}`;
}

/**
 * One statement over the rollups of migration 0025 (a few rows per project, a few hundred per
 * party, year and kind or line of action) rather than over the lines. A project's sums come in
 * one row per confidentiality of its lines; summary.ts adds them up.
 */
function summarySql(v: Visibility, params: unknown[]): string {
  const sums =
    "a.currency, sum(a.committed)::text AS committed, sum(a.disbursed)::text AS disbursed";
  return `WITH py AS (${visibleRollup("financing_by_party_year_kind", v, params)})
    SELECT 'project' AS dim, p.code AS key, p.title_fr, p.title_en, r.currency,
      r.committed::text AS committed, r.disbursed::text AS disbursed
      FROM derived.financing_by_project r JOIN projects p ON p.id = r.project_id
      WHERE r.lines > 0 AND ${visibleSql(v, "r", params)}
        AND ${visibleSql(v, "p", params, { publishedColumn: true })}
    UNION ALL
    SELECT 'kind', a.kind, NULL, NULL, ${sums} FROM py a GROUP BY a.kind, a.currency
    UNION ALL
    -- A project serving several lines counts in each of them (and once in the total).
    SELECT 'line', a.action_line_code, NULL, NULL, ${sums}
      FROM (${visibleRollup("financing_by_action_line", v, params)}) a
      GROUP BY a.action_line_code, a.currency
    UNION ALL
    SELECT 'party', a.party, NULL, NULL, ${sums} FROM py a GROUP BY a.party, a.currency
    UNION ALL
    SELECT 'year', a.year::text, NULL, NULL, ${sums} FROM py a GROUP BY a.year, a.currency`;
}

/** The portfolio's sums by project, kind, line of action, party and year, per currency. */
export async function summaryGroups(db: Queryable, v: Visibility): Promise<SummaryGroup[]> {
  const params: unknown[] = [];
  return db.query<SummaryGroup>(summarySql(v, params), params);
}
