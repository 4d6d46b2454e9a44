/**
 * Seeded pseudo-random numbers, so that a Monte Carlo run is reproducible: same seed → same
 * sequence (integer arithmetic for the generator; Math.exp/log/sqrt for the normals, stable on
 * a given JavaScript runtime). No global state: each run owns its generator.
 *
 * - Uniforms: mulberry32 (Tommy Ettinger, public domain), 32-bit state, period 2^32; passes
 *   gjrand and PractRand to a few GB, ample for Monte Carlo runs of 10^4–10^7 draws.
 * - Normals: ziggurat with 128 layers (Marsaglia & Tsang, J. Stat. Softw. 5(8), 2000) in
 *   Doornik's form (ZIGNOR, 2005), where the layer index and the abscissa come from separate
 *   bits, avoiding the original's correlation. About 99 % of normals cost one uniform and one
 *   multiplication: 3–4× faster than Box–Muller, which matters for 10^7–10^8 draws per run.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Fills `out` with the next `out.length` normals: the same values as as many normal() calls. */
  fillNormals(out: Float64Array): void;
}

const LAYERS = 128;
const R = 3.442619855899; // start of the tail
const V = 9.91256303526217e-3; // area of each layer
/** 2 / 2^25: maps the 25 high bits to (−1, 1); a power of two, so exact like the division. */
const U_SCALE = 2 / 33554432;

/** Layer abscissae X[0..128] and the ratios X[i+1]/X[i] (shared, immutable after build). */
const { X, RATIO } = (() => {
  const x = new Float64Array(LAYERS + 1);
  let f = Math.exp(-0.5 * R * R);
  x[0] = V / f;
  x[1] = R;
  x[LAYERS] = 0;
  for (let i = 2; i < LAYERS; i++) {
    const xi = Math.sqrt(-2 * Math.log(V / (x[i - 1] as number) + f));
    x[i] = xi;
    f = Math.exp(-0.5 * xi * xi);
  }
  const ratio = new Float64Array(LAYERS);
  for (let i = 0; i < LAYERS; i++) ratio[i] = (x[i + 1] as number) / (x[i] as number);
  return { X: x, RATIO: ratio };
})();

/** Creates a generator from a seed (any number; only its low 32 bits matter). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / 4294967296;
  /** Uniform in (0, 1): safe for log. */
  const open = (): number => (nextUint32() + 0.5) / 4294967296;

  const tail = (negative: boolean): number => {
    let x: number;
    let y: number;
    do {
      x = Math.log(open()) / R;
      y = Math.log(open());
    } while (-2 * y < x * x);
    return negative ? x - R : R - x;
  };

  /** One ziggurat attempt from 32 random bits: a normal, or NaN when rejected. */
  const attempt = (bits: number): number => {
    const i = bits & (LAYERS - 1); // low 7 bits: the layer
    const u = ((bits >>> 7) + 0.5) * U_SCALE - 1; // high 25 bits: u in (−1, 1)
    if (Math.abs(u) < (RATIO[i] as number)) return u * (X[i] as number);
    if (i === 0) return tail(u < 0);
    const xi = X[i] as number;
    const xi1 = X[i + 1] as number;
    const x = u * xi;
    const f0 = Math.exp(-0.5 * (xi * xi - x * x));
    const f1 = Math.exp(-0.5 * (xi1 * xi1 - x * x));
    return f1 + next() * (f0 - f1) < 1 ? x : Number.NaN;
  };

  const normal = (): number => {
    for (;;) {
      const z = attempt(nextUint32());
      if (!Number.isNaN(z)) return z;
    }
  };

  // The Monte Carlo asks for thousands of normals per draw: one call per batch, with the
  // generator's state in a local, halves the cost of calling normal() for each.
  const fillNormals = (out: Float64Array): void => {
    let s = state;
    for (let k = 0; k < out.length; k++) {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), s | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const bits = (t ^ (t >>> 14)) >>> 0;
      const i = bits & (LAYERS - 1);
      const u = ((bits >>> 7) + 0.5) * U_SCALE - 1;
      if (Math.abs(u) < (RATIO[i] as number)) {
        out[k] = u * (X[i] as number);
        continue;
      }
      // Rare slow path (≈ 1 %): hand the state back, finish with the shared code, take it again.
      state = s;
      const z = attempt(bits);
      out[k] = Number.isNaN(z) ? normal() : z;
      s = state;
    }
    state = s;
  };
  return { next, normal, fillNormals };
}
