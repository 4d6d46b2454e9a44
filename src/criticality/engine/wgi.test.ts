import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { politicalStabilityWeight, wgiScaled, wgiScaledStdDev } from "./wgi.ts";
import { buildWgiIndex } from "./wgi-index.ts";

type Rec = Record<string, string>;
const readCsv = (path: string): Rec[] =>
  parse(readFileSync(new URL(`../../../data/${path}`, import.meta.url)), {
    columns: true,
    skip_empty_lines: true,
  });

const six = (v: number) => ({ va: v, pv: v, ge: v, rq: v, rl: v, cc: v });

describe("EU-method WGI scale", () => {
  it("is (2.5 − mean of six estimates) · 2", () => {
    expect(wgiScaled(six(2.5))).toBe(0);
    expect(wgiScaled(six(-2.5))).toBe(10);
    expect(wgiScaled(six(0))).toBe(5);
    expect(wgiScaled({ va: 1, pv: 0, ge: 0.5, rq: -0.5, rl: 2, cc: 0 })).toBeCloseTo(
      (2.5 - 3 / 6) * 2,
      14,
    );
  });

  it("reports the missing indicators with a typed error", () => {
    expect(() => wgiScaled({ va: 1, pv: 1, ge: 1, rq: 1, rl: 1 }, "XXX")).toThrow(
      expect.objectContaining({
        code: "missing_input",
        details: { country: "XXX", missing: ["cc"] },
      }),
    );
  });

  it("matches a hand computation for Canada 2022 (WGI 2023 update)", () => {
    const row = readCsv("worldbank-wgi/wgi_2023update_estimates_wide.csv").find(
      (r) => r.code === "CAN" && r.year === "2022",
    ) as Rec;
    const values = ["VA", "PV", "GE", "RQ", "RL", "CC"].map((k) => Number(row[k]));
    const expected = (2.5 - values.reduce((a, b) => a + b, 0) / 6) * 2;
    const [va, pv, ge, rq, rl, cc] = values as [number, number, number, number, number, number];
    expect(wgiScaled({ va, pv, ge, rq, rl, cc })).toBeCloseTo(expected, 12);
  });

  it("derives the scaled standard deviation from the six standard errors", () => {
    expect(wgiScaledStdDev(six(0.3))).toBeCloseTo((2 * Math.sqrt(6 * 0.09)) / 6, 14);
    // Fully correlated errors: sd of the mean equals the common se.
    expect(wgiScaledStdDev(six(0.3), 1)).toBeCloseTo(2 * 0.3, 14);
  });

  it("indexes complete countries, lists incomplete ones and keeps a fallback slot", () => {
    const index = buildWgiIndex(
      new Map([
        ["AAA", { estimates: six(0) }],
        ["BBB", { estimates: { va: 1 } }],
      ]),
      { fallback: 7 },
    );
    expect(index.countries).toEqual(["AAA"]);
    expect(index.incomplete).toEqual(["BBB"]);
    expect(index.scaled[index.fallbackSlot]).toBe(7);
  });
});

describe("GeoPolRisk political-stability weight", () => {
  it("reproduces geopolrisk-py's normalised PV table for every country and year", () => {
    // Rows are paired by position: the tables hold two "Guyana, GUY, 328" rows, one of which
    // carries French Guiana's (GUF) values, so a lookup by code would mix them up.
    const estimates = readCsv("geopolrisk-py/wgi_pv_Estimate.csv");
    const normalised = readCsv("geopolrisk-py/wgi_pv_Normalized.csv");
    expect(normalised.length).toBe(estimates.length);
    let compared = 0;
    normalised.forEach((row, i) => {
      const est = estimates[i] as Rec;
      expect(est.Code).toBe(row.Code);
      for (const year of Object.keys(row).filter((k) => /^\d{4}$/.test(k))) {
        const e = est[year];
        if (!e || e === "nan") continue; // the table holds 0.0 where WGI has no value
        expect(Math.abs(politicalStabilityWeight(Number(e)) - Number(row[year]))).toBeLessThan(
          1e-15,
        );
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(4900);
  });
});
