import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { usgsWorldMineProduction } from "./fixtures/public-data.ts";
import { hhi, productionConcentration } from "./hhi.ts";

const usgs: Record<string, string>[] = parse(
  readFileSync(
    new URL("../../../data/usgs-mcs2026/usgs_mcs2026_commodities_data.utf8.csv", import.meta.url),
  ),
  { columns: true, skip_empty_lines: true },
);

/** Independent implementation: percentage shares, squared, summed, / 10 000. */
function hhiFromPercentages(quantities: number[]): number {
  const total = quantities.reduce((a, b) => a + b, 0);
  return quantities.map((q) => ((100 * q) / total) ** 2).reduce((a, b) => a + b, 0) / 10_000;
}

describe("HHI against USGS MCS 2026 world mine production", () => {
  for (const commodity of ["Cobalt", "Nickel", "Tungsten", "Graphite (Natural)", "Rare Earths"]) {
    it(`${commodity} 2024: engine = independent computation (1e-12)`, () => {
      const rows = usgsWorldMineProduction(usgs, commodity, "2024");
      const countries = rows.filter((r) => r.kind !== "total");
      expect(countries.length).toBeGreaterThan(3);
      const result = productionConcentration(commodity, "extraction", 2024, rows);
      expect(result.producers).toBe(countries.length);
      expect(result.includesOtherCountries).toBe(countries.some((r) => r.kind === "other"));
      expect(
        Math.abs(result.hhi - hhiFromPercentages(countries.map((r) => r.quantity))),
      ).toBeLessThan(1e-12);
    });
  }

  it("cobalt is highly concentrated (DR Congo ≈ 3/4 of world output)", () => {
    const result = productionConcentration(
      "Cobalt",
      "extraction",
      2024,
      usgsWorldMineProduction(usgs, "Cobalt", "2024"),
    );
    expect(result.hhi).toBeGreaterThan(0.5);
    expect(result.includesOtherCountries).toBe(true);
    expect(result.shares.find((s) => s.country === "Other countries")?.isOtherCountries).toBe(true);
  });
});

describe("HHI properties", () => {
  const positive = fc.array(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), {
    minLength: 1,
    maxLength: 40,
  });

  it("lies in [1/n, 1]", () => {
    fc.assert(
      fc.property(positive, (q) => {
        const h = hhi(q);
        return h >= 1 / q.length - 1e-12 && h <= 1 + 1e-12;
      }),
    );
  });

  it("is invariant to permutation and to scaling", () => {
    fc.assert(
      fc.property(
        positive,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.nat(),
        (q, k, seed) => {
          const shuffled = [...q].sort(
            (a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13),
          );
          const h = hhi(q);
          return (
            Math.abs(hhi(shuffled) - h) < 1e-12 && Math.abs(hhi(q.map((x) => x * k)) - h) < 1e-12
          );
        },
      ),
    );
  });

  it("equals 1 for a monopoly and 1/n for equal producers", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.nat(20), (x, zeros) => {
        return hhi([x, ...Array(zeros).fill(0)]) === 1;
      }),
    );
    expect(hhi([5, 5, 5, 5])).toBe(0.25);
  });

  it("excludes world-total rows and rejects bad quantities with typed errors", () => {
    const r = productionConcentration("X", "extraction", 2024, [
      { country: "A", quantity: 3 },
      { country: "B", quantity: 1 },
      { country: "World", quantity: 4, kind: "total" },
    ]);
    expect(r.hhi).toBeCloseTo(0.625, 15);
    expect(r.producers).toBe(2);
    expect(() => hhi([1, -1])).toThrow(expect.objectContaining({ code: "invalid_quantity" }));
    expect(() => hhi([0, 0])).toThrow(expect.objectContaining({ code: "empty_supply" }));
    expect(() => hhi([Number.NaN])).toThrow(expect.objectContaining({ code: "invalid_quantity" }));
  });
});
