/**
 * Monte Carlo uncertainty of the EU-method SR: each draw perturbs
 * - every country's scaled WGI: N(value, sd from the six standard errors), clamped to 0–10,
 *   one draw per country shared by all materials (governance is the same for every material);
 * - every supply row with a relativeStdError r: lognormal with mean q and sd ≈ r·q
 *   (q · exp(σz − σ²/2), σ² = ln(1 + r²)), so quantities stay positive;
 * then recomputes each material's SR with the deterministic assessment's arithmetic (the same
 * operations in the same order, so zero uncertainty reproduces it exactly).
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
  stageSr,
} from "./eu-compile.ts";
import type { EuMaterialInput } from "./eu-inputs.ts";
import { createRng } from "./prng.ts";
import type { CriticalityThresholds } from "./reference-values.ts";
import { mean, percentileInPlace } from "./stats.ts";
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
  /** Same, but 1 for a material listed as strategic by the party (0 for insufficient data). */
  readonly probabilityCritical: number;
  /** A stage's "Other countries" residual exceeds half of supply: never ranked. */
  readonly insufficientData: boolean;
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

/**
 * One run's draw plan, built once: every scope's quantities laid end to end in one buffer, and
 * the uncertain rows (with their lognormal parameters) listed in the order the draws consume
 * normals, so that a draw is flat loops over typed arrays with one batch of normals.
 */
interface DrawPlan {
  /** WGI slots with a standard deviation > 0, and that deviation. */
  readonly wgiSlots: Int32Array;
  readonly wgiSd: Float64Array;
  /** Quantities of the current draw, all scopes end to end (certain rows keep their value). */
  readonly values: Float64Array;
  /** Per uncertain row: its place in `values`, base quantity and lognormal σ and −σ²/2. */
  readonly uncertainAt: Int32Array;
  readonly base: Float64Array;
  readonly sigma: Float64Array;
  readonly shift: Float64Array;
  /** Per row, all scopes end to end: WGI slot and trade factor t. */
  readonly slot: Int32Array;
  readonly t: Float64Array;
  /** Scope i spans rows scopeStart[i] to scopeStart[i + 1] − 1. */
  readonly scopeStart: Int32Array;
  /** Per material and stage: the indices of its scopes in scopeStart (−1 when absent). */
  readonly materials: readonly {
    readonly compiled: CompiledEu;
    readonly stages: readonly {
      readonly stage: CompiledStage;
      readonly global: number;
      readonly party: number;
    }[];
  }[];
}

function drawPlan(compiled: readonly CompiledEu[], wgi: WgiIndex): DrawPlan {
  const wgiSlots: number[] = [];
  for (let j = 0; j < wgi.fallbackSlot; j++) if ((wgi.stdDev[j] as number) > 0) wgiSlots.push(j);
  const all: CompiledScope[] = [];
  const add = (scope: CompiledScope | null) => (scope ? all.push(scope) - 1 : -1);
  const materials = compiled.map((c) => ({
    compiled: c,
    stages: c.stages.map((s) => ({ stage: s, global: add(s.global), party: add(s.party) })),
  }));
  const rows = all.reduce((n, s) => n + s.quantity.length, 0);
  const values = new Float64Array(rows);
  const slot = new Int32Array(rows);
  const t = new Float64Array(rows);
  const scopeStart = new Int32Array(all.length + 1);
  const uncertainAt: number[] = [];
  const sigma: number[] = [];
  const shift: number[] = [];
  let offset = 0;
  all.forEach((scope, k) => {
    scopeStart[k] = offset;
    values.set(scope.quantity, offset);
    slot.set(scope.slot, offset);
    t.set(scope.t, offset);
    scope.relativeStdError.forEach((r, i) => {
      if (r > 0) {
        const s2 = Math.log1p(r * r); // lognormal with mean q and sd r·q
        uncertainAt.push(offset + i);
        sigma.push(Math.sqrt(s2));
        shift.push(-s2 / 2);
      }
    });
    offset += scope.quantity.length;
  });
  scopeStart[all.length] = offset;
  return {
    wgiSlots: Int32Array.from(wgiSlots),
    wgiSd: Float64Array.from(wgiSlots, (j) => wgi.stdDev[j] as number),
    values,
    uncertainAt: Int32Array.from(uncertainAt),
    base: Float64Array.from(uncertainAt, (i) => values[i] as number),
    sigma: Float64Array.from(sigma),
    shift: Float64Array.from(shift),
    slot,
    t,
    scopeStart,
    materials,
  };
}

/** Draw `d`: perturbs WGI and quantities from `z`, writes material m's SR to sr[m·stride + d]. */
function draw(
  plan: DrawPlan,
  scaled: Float64Array,
  wgiDraw: Float64Array,
  z: Float64Array,
  hhi: Float64Array,
  sr: Float64Array,
  d: number,
  stride: number,
): void {
  const { wgiSlots, wgiSd, values, uncertainAt, base, sigma, shift, slot, t, scopeStart } = plan;
  const nw = wgiSlots.length;
  for (let k = 0; k < nw; k++) {
    const j = wgiSlots[k] as number;
    wgiDraw[j] = clampWgiScaled((scaled[j] as number) + (wgiSd[k] as number) * (z[k] as number));
  }
  for (let k = 0; k < uncertainAt.length; k++) {
    values[uncertainAt[k] as number] =
      (base[k] as number) *
      Math.exp((sigma[k] as number) * (z[nw + k] as number) + (shift[k] as number));
  }
  // scopeHhiWgiT over the flat rows, the same operations in the same order: with no
  // uncertainty a draw gives exactly the deterministic SR (tested).
  for (let i = 0; i < hhi.length; i++) {
    let total = 0;
    let acc = 0;
    const end = scopeStart[i + 1] as number;
    for (let r = scopeStart[i] as number; r < end; r++) {
      const x = values[r] as number;
      total += x;
      acc += x * x * (wgiDraw[slot[r] as number] as number) * (t[r] as number);
    }
    hhi[i] = acc / (total * total);
  }
  for (let m = 0; m < plan.materials.length; m++) {
    const { compiled, stages } = plan.materials[m] as DrawPlan["materials"][number];
    let best = Number.NEGATIVE_INFINITY;
    for (const s of stages) {
      const g = s.global < 0 ? null : (hhi[s.global] as number);
      const p = s.party < 0 ? null : (hhi[s.party] as number);
      const value = stageSr(s.stage, g, p, compiled.eolRir, compiled.siSr);
      if (value > best) best = value;
    }
    sr[m * stride + d] = best;
  }
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
  const plan = drawPlan(compiled, wgi);
  // One block of `draws` SRs per material: each draw writes one value to each block.
  const srs = new Float64Array(draws * compiled.length);
  const wgiDraw = Float64Array.from(wgi.scaled);
  const z = new Float64Array(plan.wgiSlots.length + plan.uncertainAt.length);
  const hhi = new Float64Array(plan.scopeStart.length - 1);
  const rng = createRng(seed);
  for (let d = 0; d < draws; d++) {
    rng.fillNormals(z);
    draw(plan, wgi.scaled, wgiDraw, z, hhi, srs, d, draws);
  }
  const materials = compiled.map((c, m) => {
    const x = srs.subarray(m * draws, (m + 1) * draws);
    let hits = 0;
    if (!c.insufficientData && meetsThreshold(c.economicImportance, thresholds.economicImportance))
      for (let d = 0; d < draws; d++)
        if (meetsThreshold(x[d] as number, thresholds.supplyRisk)) hits++;
    const stages = evaluateCompiledEu(c, wgi.scaled);
    const probability = hits / draws;
    return {
      material: c.input.material,
      deterministic: Math.max(...stages.map((s) => s.supplyRisk)),
      mean: mean(x),
      p5: percentileInPlace(x, 0.05),
      p50: percentileInPlace(x, 0.5),
      p95: percentileInPlace(x, 0.95),
      probabilityMeetsThresholds: probability,
      probabilityCritical: c.insufficientData ? 0 : c.strategic ? 1 : probability,
      insufficientData: c.insufficientData,
    };
  });
  return { party, draws, seed, materials, skipped };
}
