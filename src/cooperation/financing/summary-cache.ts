import type { Queryable } from "../../platform/db/client.ts";
import type { Visibility } from "../visibility.ts";
import type { Currency } from "./money.ts";
import { computePortfolioSummary, type PortfolioSummary } from "./summary.ts";

type Entry = { version: string; summary: PortfolioSummary };

// One cache per database handle: tests and tools open several databases in one process, and
// equal version numbers in two databases say nothing about their data.
const caches = new WeakMap<object, Map<string, Entry>>();
const MAX_ENTRIES = 200;

const keyOf = (v: Visibility, currency: Currency, at: string) =>
  `${v.kind}:${v.kind === "party" ? v.party : ""}|${currency}|${at}`;

/**
 * The portfolio summary, recomputed only when the data it reads have changed: every write to
 * projects, lines of action, commitments, disbursements or rates bumps portfolio_data_version
 * (migration 0013), and each call compares that version with the one its cached summary was
 * computed at. The version is read before computing, so a write racing with the computation
 * leaves an entry that the next call finds out of date, never a stale one taken for current.
 */
export async function portfolioSummary(
  db: Queryable,
  v: Visibility,
  options: { currency: Currency; at: string },
): Promise<PortfolioSummary> {
  const [row] = await db.query<{ version: string }>(
    "SELECT version::text AS version FROM portfolio_data_version",
  );
  const version = row?.version ?? "none";
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = keyOf(v, options.currency, options.at);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.summary;
  const summary = await computePortfolioSummary(db, v, options);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { version, summary });
  return summary;
}
