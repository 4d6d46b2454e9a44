/**
 * The EU formula run on real inputs for the global view: USGS MCS 2026 world mine production
 * (2024), WGI 2022, and the EU 2023 table's EoL-RIR, SI_SR and trade parameters t.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { assessEu } from "./eu-assessment.ts";
import type { EuMaterialInput } from "./eu-inputs.ts";
import { cleanEuTable } from "./fixtures/eu-2023-table.ts";
import {
  usgsCountryCode,
  usgsWorldMineProduction,
  wgiTableFromLong,
} from "./fixtures/public-data.ts";
import { EU_THRESHOLDS_2023 } from "./reference-values.ts";
import { buildWgiIndex } from "./wgi-index.ts";

type Rec = Record<string, string>;
const readCsv = (path: string): Rec[] =>
  parse(readFileSync(new URL(`../../../data/${path}`, import.meta.url)), {
    columns: true,
    skip_empty_lines: true,
  });

const wgiLong = readCsv("worldbank-wgi/wgi_2023update_long.csv");
const wgiTable = wgiTableFromLong(wgiLong, "2022");
const wgiNames = new Map(wgiLong.map((r) => [r.country as string, r.code as string]));
const scaled = buildWgiIndex(wgiTable).scaled;
// Fixture choice, not a method rule: "Other countries" rows get the median scaled WGI.
const median = [...scaled.subarray(0, -1)].sort((a, b) => a - b)[
  Math.floor((scaled.length - 1) / 2)
];
const wgi = buildWgiIndex(wgiTable, { fallback: median });
const euTable = cleanEuTable(readCsv("eu-crm-2023/eu_crm_2023_results.csv")).rows;
const tradeParameters = readCsv("eu-crm-2023/eu_crm_2023_trade_parameters.csv");
const usgs = readCsv("usgs-mcs2026/usgs_mcs2026_commodities_data.utf8.csv");
const TRADE_NAMES: Record<string, string> = { "DR Congo": "ZAR", Russia: "RUS", Egypt: "EGY" };

/** Materials whose extraction SR the EU computed on global supply only ("GSonly"). */
const GS_ONLY = [
  ["Cobalt", "Cobalt"],
  ["Niobium (Columbium)", "Niobium"],
  ["Vanadium", "Vanadium"],
  ["Beryllium", "Beryllium"],
  ["Lithium", "Lithium"],
  ["Perlite", "Perlite"],
] as const;

function globalInput(commodity: string, material: string): EuMaterialInput {
  const row = euTable.find((r) => r.material === material);
  if (!row) throw new Error(material);
  const tradeFactors: Record<string, number> = {};
  for (const t of tradeParameters) {
    if (t.material_name === material && t.category === "primary" && t.scope === "world") {
      const name = t.country_name as string;
      tradeFactors[TRADE_NAMES[name] ?? wgiNames.get(name) ?? name] = Number(t.parameter);
    }
  }
  const rows = usgsWorldMineProduction(usgs, commodity, "2024").map((r) =>
    r.kind === "country" ? { ...r, country: usgsCountryCode(r.country, wgiNames) } : r,
  );
  return {
    material,
    economicImportance: row.economicImportance,
    eolRir: row.eolRir,
    siSr: row.siSr,
    stages: [{ stage: "extraction", globalSupply: rows, tradeFactors }],
  };
}

describe("EU method, global view, from USGS 2024 production and WGI 2022", () => {
  for (const [commodity, material] of GS_ONLY) {
    it(`${material}: engine = direct formula (1e-12), and close to the published SR`, () => {
      const input = globalInput(commodity, material);
      const out = assessEu(input, "global", wgi, EU_THRESHOLDS_2023);
      if (out.status !== "ok") throw new Error(JSON.stringify(out));
      expect(out.source).toBe("computed");

      // Direct formula, written out separately: Σ s² · WGI · t · (1 − EoL) · SI_SR, with
      // "Other countries" split into ⌈R / smallest named⌉ equal producers at the median WGI
      // (issue 12: the residual is never one producer; docs/criticality-methods.md).
      const all = (input.stages[0]?.globalSupply ?? []).filter((r) => r.kind !== "total");
      const named = all.filter((r) => r.kind !== "other");
      const residual = all.filter((r) => r.kind === "other").reduce((a, r) => a + r.quantity, 0);
      const smallest = Math.min(...named.map((r) => r.quantity).filter((q) => q > 0));
      const k = residual > 0 ? Math.ceil(residual / smallest) : 0;
      const rows = [
        ...named,
        ...Array.from({ length: k }, () => ({
          country: "Other countries",
          quantity: residual / k,
        })),
      ];
      const total = rows.reduce((a, r) => a + r.quantity, 0);
      let sum = 0;
      for (const r of rows) {
        const e = wgiTable.get(r.country)?.estimates;
        const w = e
          ? (2.5 - Object.values(e).reduce((a, b) => a + b, 0) / 6) * 2
          : (median as number);
        sum += (r.quantity / total) ** 2 * w * (input.stages[0]?.tradeFactors?.[r.country] ?? 1);
      }
      const direct = sum * (1 - (input.eolRir as number)) * (input.siSr as number);
      expect(Math.abs(out.supplyRisk - direct)).toBeLessThan(1e-12);

      // Published SR uses 2016–2020 production and older WGI; 2024 data differ (DR Congo's
      // cobalt share rose from ~2/3 to ~3/4). Tolerance: within a factor 1.5.
      const published = euTable.find((r) => r.material === material)?.stageSr.extraction as number;
      const ratio = out.supplyRisk / published;
      expect(ratio, `${material}: ${out.supplyRisk} vs ${published}`).toBeGreaterThan(1 / 1.5);
      expect(ratio).toBeLessThan(1.5);
    });
  }

  it("flags the Other-countries row and names the countries given the fallback WGI", () => {
    const out = assessEu(globalInput("Cobalt", "Cobalt"), "global", wgi, EU_THRESHOLDS_2023);
    if (out.status !== "ok") throw new Error("expected ok");
    expect(out.stages[0]?.includesOtherCountries).toBe(true);
    expect(out.inputs.wgiFallbackFor).toContain("Other countries");
  });

  it("without a fallback WGI, reports the countries lacking one as missing inputs", () => {
    const bare = buildWgiIndex(wgiTable);
    const out = assessEu(globalInput("Cobalt", "Cobalt"), "global", bare, EU_THRESHOLDS_2023);
    expect(out).toMatchObject({
      status: "missing_inputs",
      missing: [{ input: "wgi", stage: "extraction", countries: ["Other countries"] }],
    });
  });
});
