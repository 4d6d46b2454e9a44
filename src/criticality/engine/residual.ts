/**
 * "Other countries" is never one producer (DOMAIN.md, "Aggregates are not countries"). A
 * source's residual row R is split into k = ⌈R / m⌉ equal producers, m the smallest named
 * producer's quantity, so that no piece is larger than any named producer: the LOWER bound of
 * the HHI the data allow. The upper bound (the residual as one producer) is reported beside it.
 * k is capped at RESIDUAL_PIECES_MAX (pieces then slightly larger than m: the bound is then a
 * little above the true lower bound, never below it). A scope whose residual exceeds
 * INSUFFICIENT_RESIDUAL_SHARE of supply is flagged as insufficient data and not ranked.
 * docs/criticality-methods.md states and cites the rule.
 */
import type { SupplyRow } from "./types.ts";

/** Above this share of supply in "Other countries", a stage is insufficient data. */
export const INSUFFICIENT_RESIDUAL_SHARE = 0.5;
/** Most pieces a residual is split into (bounded work for the Monte Carlo). */
export const RESIDUAL_PIECES_MAX = 200;

export interface SplitResidual {
  /** The rows with every "other" row replaced by its pieces (kind "other"); totals kept. */
  readonly rows: readonly SupplyRow[];
  /** Total quantity in "other" rows. */
  readonly residual: number;
  /** Σ q² with the residual as ONE producer (for the upper bound). */
  readonly upperSumSq: number;
}

export function splitResidual(rows: readonly SupplyRow[]): SplitResidual {
  let residual = 0;
  let smallest = Number.POSITIVE_INFINITY;
  let namedSumSq = 0;
  let others = 0;
  for (const r of rows) {
    if (r.kind === "total") continue;
    if (r.kind === "other") {
      residual += r.quantity;
      others++;
    } else {
      namedSumSq += r.quantity * r.quantity;
      if (r.quantity > 0 && r.quantity < smallest) smallest = r.quantity;
    }
  }
  const upperSumSq = namedSumSq + residual * residual;
  if (others === 0 || !(residual > 0) || !Number.isFinite(residual)) {
    return { rows, residual: Math.max(0, residual), upperSumSq };
  }
  const k = Number.isFinite(smallest)
    ? Math.min(RESIDUAL_PIECES_MAX, Math.max(1, Math.ceil(residual / smallest)))
    : 1;
  const out: SupplyRow[] = [];
  let placed = false;
  for (const r of rows) {
    if (r.kind !== "other") {
      out.push(r);
      continue;
    }
    if (placed) continue;
    placed = true;
    const piece = { ...r, quantity: residual / k };
    for (let i = 0; i < k; i++) out.push(piece);
  }
  return { rows: out, residual, upperSumSq };
}
