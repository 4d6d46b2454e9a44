import { describe, expect, it } from "vitest";
import { createRng } from "./prng.ts";
import { mean, percentileInPlace } from "./stats.ts";

/** Type 7 by the book: sort, then interpolate between the order statistics around (n − 1)p. */
function type7(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return (s[lo] as number) + (h - lo) * ((s[hi] as number) - (s[lo] as number));
}

describe("percentiles by selection (type 7)", () => {
  it("matches NumPy's default on a small hand-checked sample", () => {
    // numpy.percentile([15, 20, 35, 40, 50], [5, 50, 95]) = [16, 35, 48]
    const x = Float64Array.from([40, 15, 50, 20, 35]);
    expect(percentileInPlace(x, 0.05)).toBeCloseTo(16, 12);
    expect(percentileInPlace(x, 0.5)).toBe(35);
    expect(percentileInPlace(x, 0.95)).toBeCloseTo(48, 12);
    expect(percentileInPlace(x, 0)).toBe(15);
    expect(percentileInPlace(x, 1)).toBe(50);
  });

  it("equals sort-then-interpolate on random samples, with ties, in any call order", () => {
    const rng = createRng(3);
    for (const n of [1, 2, 3, 10, 101, 10_000]) {
      const values = Array.from({ length: n }, () =>
        rng.next() < 0.3 ? 0.5 : Math.round(rng.normal() * 1000) / 100,
      );
      const x = Float64Array.from(values);
      for (const p of [0.95, 0.05, 0.5, 0.25, 0.999]) {
        expect(percentileInPlace(x, p)).toBe(type7(values, p));
      }
      // Reordered, not altered.
      expect([...x].sort((a, b) => a - b)).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it("gives NaN for an empty sample, and the mean of a sample", () => {
    expect(percentileInPlace(new Float64Array(0), 0.5)).toBeNaN();
    expect(mean([1, 2, 3, 6])).toBe(3);
  });
});
