import type { Queryable } from "../../platform/db/client.ts";
import { versioned } from "../../platform/db/versioned-cache.ts";
import type { Visibility } from "../shared/visibility.ts";
import type { Currency } from "./money.ts";
import { computePortfolioSummary, type PortfolioSummary } from "./summary.ts";

const keyOf = (v: Visibility, currency: Currency, at: string) =>
  `summary|${v.kind}:${v.kind === "party" ? v.party : ""}|${currency}|${at}`;

/**
 * The portfolio summary, recomputed only when the data it reads have changed: every write to
 * projects, lines of action, commitments, disbursements or rates bumps the portfolio's data
 * version (migration 0015).
 */
export function portfolioSummary(
  db: Queryable,
  v: Visibility,
  options: { currency: Currency; at: string },
): Promise<PortfolioSummary> {
  return versioned(db, "portfolio", keyOf(v, options.currency, options.at), () =>
    computePortfolioSummary(db, v, options),
  );
}
