/**
 * Monte Carlo uncertainty of the EU-method SR: each draw perturbs
 * - every country's scaled WGI: N(value, sd from the six standard errors), clamped to 0–10,
 *   one draw per country shared by all materials (governance is the same for every material);
 * - every supply row with a relativeStdError r: lognormal with mean q and sd ≈ r·q
 *   (q · exp(σz − σ²/2), σ² = ln(1 + r²)), so quantities stay positive;
 * then recomputes each material's SR with the same kernel as the deterministic assessment.
 * Output per material: p5 / p50 / p95 / mean of SR and the probability of being critical.
 * Buffers are allocated once per run; draws allocate nothing.
 */
import { meetsThreshold } from "./classification.ts";
import { InvalidInputError } from "./errors.ts";
import { evaluateCompiledEu } from "./eu-assessment.ts";
import {
  type CompiledEu,
  type CompiledScope,
  type CompiledStage,
  compileEu,
  scopeHhiWgiT,
  stageSr,
} from "./eu-compile.ts";
import type { EuMaterialInput } from "./eu-inputs.ts";
import { createRng, type Rng } from "./prng.ts";
import type { CriticalityThresholds } from "./reference-values.ts";
import { mean, percentileSorted } from "./stats.ts";
import type { MissingInput, PartyId } from "./types.ts";
import { clampWgiScaled } from "./wgi.ts";
import type { WgiIndex } from "./wgi-index.ts";

export interface MonteCarloInput {
  readonly materials: readonly EuMaterialInput[];
  readonly party: PartyId;
  readonly wgi: WgiIndex;
  readonly thresholds: CriticalityThresholds;
  /** Number of draws (integer ≥ 1). */
  readonly draws: number;
  /** Seed of the generator: same seed → identical output. */
  readonly seed: number;
}

export interface MonteCarloMaterialResult {
  readonly material: string;
  /** SR of the deterministic assessment (no perturbation). */
  readonly deterministic: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  /** Share of draws meeting both thresholds (EI is taken as published, without uncertainty). */
  readonly probabilityMeetsThresholds: number;
  /** Same, but 1 for a material listed as strategic by the party. */
  readonly probabilityCritical: number;
}

export interface MonteCarloResult {
  readonly party: PartyId;
  readonly draws: number;
  readonly seed: number;
  readonly materials: readonly MonteCarloMaterialResult[];
  /** Materials whose view could not be computed, with what is missing. */
  readonly skipped: readonly {
    readonly material: string;
    readonly missing: readonly MissingInput[];
  }[];
}

/** Per-run buffers of a scope: quantities, and the lognormal parameters of uncertain rows. */
interface DrawScope {
  readonly scope: CompiledScope;
  /** Quantities of the current draw (rows without uncertainty keep their value). */
  readonly values: Float64Array;
  readonly base: Float64Array;
  readonly uncertainRows: Int32Array;
  readonly sigma: Float64Array;
  readonly shift: Float64Array;
}

interface DrawMaterial {
  readonly compiled: CompiledEu;
  readonly stages: readonly {
    readonly stage: CompiledStage;
    readonly global: DrawScope | null;
    readonly party: DrawScope | null;
  }[];
}

function drawScope(scope: CompiledScope | null): DrawScope | null {
  if (!scope) return null;
  const rows: number[] = [];
  scope.relativeStdError.forEach((r, i) => {
    if (r > 0) rows.push(i);
  });
  const sigma = new Float64Array(rows.length);
  const shift = new Float64Array(rows.length);
  rows.forEach((i, k) => {
    const r = scope.relativeStdError[i] as number;
    const s2 = Math.log1p(r * r); // lognormal with mean q and sd r·q
    sigma[k] = Math.sqrt(s2);
    shift[k] = -s2 / 2;
  });
  return {
    scope,
    values: Float64Array.from(scope.quantity),
    base: Float64Array.from(scope.quantity),
    uncertainRows: Int32Array.from(rows),
    sigma,
    shift,
  };
}

function perturb(d: DrawScope, rng: Rng): Float64Array {
  const { values, base, uncertainRows, sigma, shift } = d;
  for (let k = 0; k < uncertainRows.length; k++) {
    const i = uncertainRows[k] as number;
    values[i] =
      (base[i] as number) * Math.exp((sigma[k] as number) * rng.normal() + (shift[k] as number));
  }
  return values;
}

function drawSr(m: DrawMaterial, wgi: Float64Array, rng: Rng): number {
  const { eolRir, siSr } = m.compiled;
  let best = Number.NEGATIVE_INFINITY;
  for (const s of m.stages) {
    const g = s.global ? scopeHhiWgiT(s.global.scope, wgi, perturb(s.global, rng)) : null;
    const p = s.party ? scopeHhiWgiT(s.party.scope, wgi, perturb(s.party, rng)) : null;
    const sr = stageSr(s.stage, g, p, eolRir, siSr);
    if (sr > best) best = sr;
  }
  return best;
}

/** Runs the Monte Carlo for every material of `input` from one party's view. */
export function monteCarlo(input: MonteCarloInput): MonteCarloResult {
  const { draws, seed, wgi, thresholds, party } = input;
  if (!Number.isInteger(draws) || draws < 1 || !Number.isFinite(seed)) {
    throw new InvalidInputError(
      "invalid_parameter",
      "draws must be an integer ≥ 1 and seed finite",
      {
        draws,
        seed,
      },
    );
  }
  const compiled: CompiledEu[] = [];
  const skipped: { material: string; missing: MissingInput[] }[] = [];
  for (const m of input.materials) {
    const c = compileEu(m, party, wgi);
    if ("missing" in c) skipped.push({ material: m.material, missing: c.missing });
    else compiled.push(c);
  }
  const prepared: DrawMaterial[] = compiled.map((c) => ({
    compiled: c,
    stages: c.stages.map((s) => ({
      stage: s,
      global: drawScope(s.global),
      party: drawScope(s.party),
    })),
  }));
  const samples = compiled.map(() => new Float64Array(draws));
  const wgiDraw = new Float64Array(wgi.scaled.length);
  wgiDraw.set(wgi.scaled);
  const rng = createRng(seed);
  const n = wgi.fallbackSlot;
  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < n; j++) {
      const sd = wgi.stdDev[j] as number;
      if (sd > 0) wgiDraw[j] = clampWgiScaled((wgi.scaled[j] as number) + sd * rng.normal());
    }
    for (let m = 0; m < prepared.length; m++) {
      (samples[m] as Float64Array)[d] = drawSr(prepared[m] as DrawMaterial, wgiDraw, rng);
    }
  }
  const materials = compiled.map((c, m) => {
    const x = samples[m] as Float64Array;
    let hits = 0;
    const eiOk = meetsThreshold(c.economicImportance, thresholds.economicImportance);
    if (eiOk)
      for (let d = 0; d < draws; d++)
        if (meetsThreshold(x[d] as number, thresholds.supplyRisk)) hits++;
    x.sort();
    const stages = evaluateCompiledEu(c, wgi.scaled);
    const probability = hits / draws;
    return {
      material: c.input.material,
      deterministic: Math.max(...stages.map((s) => s.supplyRisk)),
      p5: percentileSorted(x, 0.05),
      p50: percentileSorted(x, 0.5),
      p95: percentileSorted(x, 0.95),
      mean: mean(x),
      probabilityMeetsThresholds: probability,
      probabilityCritical: c.strategic ? 1 : probability,
    };
  });
  return { party, draws, seed, materials, skipped };
}
