import { describe, expect, it } from "vitest";
import { createRng } from "./prng.ts";

describe("seeded PRNG (mulberry32 + ziggurat)", () => {
  it("gives the same sequence for the same seed, another for another seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 100 }, () => a.normal());
    expect(Array.from({ length: 100 }, () => b.normal())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.normal())).not.toEqual(xs);
  });

  it("fills a batch with exactly the normals successive normal() calls give", () => {
    // 200,000 normals: about 2,000 take the slow path (wedges) and about 100 the tail.
    const one = createRng(11);
    const batch = createRng(11);
    const expected = Float64Array.from({ length: 200_000 }, () => one.normal());
    const got = new Float64Array(200_000);
    for (let k = 0; k < got.length; k += 1000) batch.fillNormals(got.subarray(k, k + 1000));
    let differing = 0;
    for (let k = 0; k < got.length; k++) if (!Object.is(got[k], expected[k])) differing++;
    expect(differing).toBe(0);
    // The generators stay in step after the batches.
    expect(batch.next()).toBe(one.next());
  });

  it("gives uniforms in [0, 1) and normals with mean ≈ 0, sd ≈ 1", () => {
    const rng = createRng(7);
    let min = 1;
    let max = 0;
    for (let i = 0; i < 10_000; i++) {
      const u = rng.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(Math.sqrt(s2 / n - (s / n) ** 2) - 1)).toBeLessThan(0.02);
  });
});

describe("ziggurat normals against the normal distribution", () => {
  /** Standard normal CDF (Abramowitz & Stegun 7.1.26 via erf, |error| < 1.5e-7). */
  const cdf = (z: number) => {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const erf =
      1 -
      ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
        t *
        Math.exp(-x * x);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
  };

  it("fills 40 bins from −4 to 4 as the normal CDF predicts (chi-square), tails included", () => {
    const rng = createRng(2026);
    const n = 400_000;
    const edges = Array.from({ length: 41 }, (_, i) => -4 + i * 0.2);
    const counts = new Array(42).fill(0);
    for (let k = 0; k < n; k++) {
      const z = rng.normal();
      const bin = z < -4 ? 0 : z >= 4 ? 41 : 1 + Math.floor((z + 4) / 0.2);
      counts[bin]++;
    }
    const p = [
      cdf(-4),
      ...edges.slice(1).map((e, i) => cdf(e) - cdf(edges[i] as number)),
      1 - cdf(4),
    ];
    let chi2 = 0;
    p.forEach((pi, i) => {
      const expected = pi * n;
      chi2 += (counts[i] - expected) ** 2 / expected;
    });
    // 41 degrees of freedom: the 99.9th percentile of χ²(41) is about 74.7.
    expect(chi2).toBeLessThan(74.7);
    // Beyond ±3.44 the tail algorithm runs: P(|z| > 3.5) ≈ 4.65e-4.
    let tail = 0;
    for (let k = 0; k < n; k++) if (Math.abs(rng.normal()) > 3.5) tail++;
    expect(tail / n).toBeGreaterThan(3e-4);
    expect(tail / n).toBeLessThan(6.5e-4);
  });
});
