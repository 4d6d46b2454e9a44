import { JURISDICTIONS, type Jurisdiction } from "../../shared/jurisdiction.ts";
import { OPEN_STATUSES, OUTCOMES, type Outcome, type Status } from "../requests/status.ts";

/** One request as the statistics see it: dates and results, never who asked. */
export type StatisticsRow = {
  jurisdiction: Jurisdiction;
  receivedOn: string;
  decidedOn: string | null;
  /** The deadline in force: the extended one once an extension was notified. */
  dueOn: string;
  extendedOn: string | null;
  outcome: Outcome | null;
  status: Status;
  /** Now under review, or was at some point (a history row to under_review). */
  reviewed: boolean;
  /** The articles invoked, one list per document of the request. */
  documentArticles: readonly (readonly string[])[];
};

export type ArticleCount = { article: string; count: number };

/** The figures of the requests received in one year under one jurisdiction. */
export type Figures = {
  year: number;
  jurisdiction: Jurisdiction;
  received: number;
  decided: number;
  byOutcome: Record<Outcome, number>;
  /** Calendar days from receipt to decision; null when nothing was decided. */
  medianDays: number | null;
  p90Days: number | null;
  onTime: number;
  /** onTime / decided, between 0 and 1; null when nothing was decided. */
  onTimeShare: number | null;
  extended: number;
  /** Documents invoking each article, most invoked first. */
  articles: ArticleCount[];
  reviews: number;
  withdrawn: number;
  open: number;
};

const DAY_MS = 86_400_000;

/** Calendar days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

const sorted = (values: readonly number[]) => [...values].sort((x, y) => x - y);

/** The usual median: the middle value, or the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Nearest-rank percentile: the smallest observed value such that at least p % of the values
 * are at or below it, i.e. the value of rank ⌈p/100 × n⌉ in ascending order. It is always a
 * day count that some request actually took, which a reader can check against the register;
 * interpolation would report delays no request had.
 */
export function percentileNearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

/** "art. 9" before "art. 14": digits compared as numbers, then as text. */
const byArticle = new Intl.Collator("fr", { numeric: true }).compare;

function countArticles(rows: readonly StatisticsRow[]): ArticleCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const articles of row.documentArticles) {
      // An article named twice for the same document is one invocation.
      for (const article of new Set(articles)) counts.set(article, (counts.get(article) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([article, count]) => ({ article, count }))
    .sort((a, b) => b.count - a.count || byArticle(a.article, b.article));
}

function figuresOf(year: number, jurisdiction: Jurisdiction, rows: StatisticsRow[]): Figures {
  const decided = rows.filter((r) => r.outcome !== null && r.decidedOn !== null);
  const days = decided.map((r) => daysBetween(r.receivedOn, r.decidedOn as string));
  const onTime = decided.filter((r) => (r.decidedOn as string) <= r.dueOn).length;
  const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of decided) byOutcome[r.outcome as Outcome] += 1;
  return {
    year,
    jurisdiction,
    received: rows.length,
    decided: decided.length,
    byOutcome,
    medianDays: median(days),
    p90Days: percentileNearestRank(days, 90),
    onTime,
    onTimeShare: decided.length === 0 ? null : onTime / decided.length,
    extended: rows.filter((r) => r.extendedOn !== null).length,
    articles: countArticles(rows),
    reviews: rows.filter((r) => r.reviewed).length,
    withdrawn: rows.filter((r) => r.status === "withdrawn").length,
    open: rows.filter((r) => OPEN_STATUSES.includes(r.status)).length,
  };
}

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

/** The years of receipt present in the rows, most recent first. */
export function yearsOf(rows: readonly StatisticsRow[]): number[] {
  return [...new Set(rows.map((r) => yearOf(r.receivedOn)))].sort((a, b) => b - a);
}

/**
 * The figures per year of receipt and jurisdiction. Each year counts the requests received in
 * it, whenever they were decided: a request received in December and decided in January counts
 * in the year it arrived, so a year's figures settle once its requests are all answered.
 * Every jurisdiction appears for every year asked, with zeros when it received nothing.
 */
export function computeStatistics(
  rows: readonly StatisticsRow[],
  years: readonly number[] = yearsOf(rows),
): Figures[] {
  const ascending = [...new Set(years)].sort((a, b) => a - b);
  return ascending.flatMap((year) =>
    JURISDICTIONS.map((jurisdiction) =>
      figuresOf(
        year,
        jurisdiction,
        rows.filter((r) => r.jurisdiction === jurisdiction && yearOf(r.receivedOn) === year),
      ),
    ),
  );
}
