/**
 * EU method (JRC 2017 guidelines) supply-risk formulas, on plain numbers:
 *   HHI_WGI,t = Σ_c s_c² · WGI_c · t_c
 *   SR = [HHI_WGI,t(GS) · IR/2 + HHI_WGI,t(party) · (1 − IR/2)] · (1 − EoL_RIR) · SI_SR
 * where only one scope has data its term stands alone; a material's SR is the highest of its
 * stages' (the bottleneck).
 */
import { InvalidInputError, MissingInputError, requireInRange } from "./errors.ts";
import type { Stage } from "./types.ts";

const SHARE_SUM_TOLERANCE = 1e-6;

/**
 * Σ s² · WGI · t over one scope. Shares are fractions summing to 1 (± 1e-6, else
 * `invalid_share`); WGI on 0–10; t defaults to 1.
 */
export function hhiWgiT(
  shares: ArrayLike<number>,
  wgi: ArrayLike<number>,
  t?: ArrayLike<number>,
): number {
  if (wgi.length !== shares.length || (t && t.length !== shares.length)) {
    throw new InvalidInputError("invalid_parameter", "shares, wgi and t differ in length", {
      shares: shares.length,
      wgi: wgi.length,
      t: t?.length,
    });
  }
  let sum = 0;
  let acc = 0;
  for (let i = 0; i < shares.length; i++) {
    const s = shares[i] as number;
    if (!(s >= 0 && s <= 1)) {
      throw new InvalidInputError("invalid_share", "a share must be in [0, 1]", {
        index: i,
        share: s,
      });
    }
    const w = requireInRange(`wgi[${i}]`, wgi[i] as number, 0, 10);
    const f = t ? requireInRange(`t[${i}]`, t[i] as number, 0, Number.MAX_VALUE) : 1;
    sum += s;
    acc += s * s * w * f;
  }
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    throw new InvalidInputError("invalid_share", "shares must sum to 1", { sum });
  }
  return acc;
}

/**
 * The bracket of the SR formula: GS·IR/2 + party·(1 − IR/2) when both scopes have data, the
 * one term alone otherwise. IR is a fraction in [0, 1] (needed only when both are present).
 */
export function blendScopes(
  global: number | undefined,
  party: number | undefined,
  importReliance: number | undefined,
): number {
  if (global !== undefined && party !== undefined) {
    if (importReliance === undefined) {
      throw new MissingInputError("import reliance is needed to blend two scopes", {
        input: "import_reliance",
      });
    }
    const ir = requireInRange("importReliance", importReliance, 0, 1);
    return (global * ir) / 2 + party * (1 - ir / 2);
  }
  if (global !== undefined) return global;
  if (party !== undefined) return party;
  throw new MissingInputError("no supply scope has data", { input: "global_supply" });
}

export interface StageSupplyRiskInput {
  readonly hhiWgiTGlobal?: number;
  readonly hhiWgiTParty?: number;
  /** Fraction 0–1. */
  readonly importReliance?: number;
  /** End-of-life recycling input rate, fraction 0–1. */
  readonly eolRir: number;
  /** Substitution index for supply risk (≈ 0.5–1). */
  readonly siSr: number;
}

/** SR at one stage. */
export function stageSupplyRisk(input: StageSupplyRiskInput): number {
  const eol = requireInRange("eolRir", input.eolRir, 0, 1);
  const si = requireInRange("siSr", input.siSr, 0, Number.MAX_VALUE);
  return (
    blendScopes(input.hhiWgiTGlobal, input.hhiWgiTParty, input.importReliance) * (1 - eol) * si
  );
}

/** The bottleneck: the stage with the highest SR (the first one on ties). */
export function bottleneck(
  stages: readonly { readonly stage: Stage; readonly supplyRisk: number }[],
): { stage: Stage; supplyRisk: number } {
  const first = stages[0];
  if (!first) throw new MissingInputError("no stage to compare", { input: "stages" });
  let best = first;
  for (const s of stages) if (s.supplyRisk > best.supplyRisk) best = s;
  return { stage: best.stage, supplyRisk: best.supplyRisk };
}
