import { describe, expect, it } from "vitest";
import { bundled, countIssues, linesOf } from "./test-files.ts";
import { parseUsgsCommodities } from "./usgs-commodities.ts";

const FILE = "usgs-mcs2026/usgs_mcs2026_commodities_data.csv";
const original = bundled(FILE);
const parsed = parseUsgsCommodities(original.text, original.ctx);

describe("USGS MCS commodities data (MCS 2026)", () => {
  it("reads every line and reports each one it does not store", () => {
    expect(parsed.vintage).toBe("MCS 2026");
    expect(parsed.rowsRead).toBe(8886);
    expect(parsed.rows.stats).toHaveLength(3045);
    expect(parsed.rows.nir).toHaveLength(502);
    expect(parsed.rows.importSources).toHaveLength(719);
    expect(countIssues(parsed.issues)).toEqual({
      "skipped out_of_scope": 4336,
      "skipped not_available": 231,
      "skipped descriptive_value": 36,
      "skipped included_elsewhere": 13,
      "skipped range_value": 3,
      "skipped unknown_country": 1,
      "flagged withheld": 30,
      "flagged ambiguous_row": 5,
    });
  });

  it("gives the same rows from the Windows-1252 original and its UTF-8 copy", () => {
    const copy = bundled("usgs-mcs2026/usgs_mcs2026_commodities_data.utf8.csv");
    expect(copy.text).toBe(original.text);
    const again = parseUsgsCommodities(copy.text, copy.ctx);
    expect(again.rows).toEqual(parsed.rows);
    expect(again.issues).toEqual(parsed.issues);
    expect(parsed.rows.stats.some((s) => s.countryInSource === "Côte d’Ivoire")).toBe(true);
  });

  it("keeps the world total and Other countries rows, flagged, so shares can exclude the total", () => {
    const cobalt = parsed.rows.stats.filter(
      (s) => s.materialId === "cobalt" && s.measure === "production" && s.year === 2024,
    );
    const total = cobalt.find((s) => s.isWorldTotal)?.value ?? 0;
    const parts = cobalt.filter((s) => !s.isWorldTotal);
    const sum = parts.reduce((n, s) => n + (s.value ?? 0), 0);
    expect(total).toBe(302000);
    expect(parts.some((s) => s.isOther && s.countryId === null)).toBe(true);
    // USGS rounds the total: the countries and "Other countries" make 99.9 % of it.
    expect(Math.abs(sum / total - 1)).toBeLessThan(0.01);
    const congo = parts.find((s) => s.countryId === "COD");
    expect(congo).toMatchObject({
      value: 226000,
      stageId: "extraction",
      unit: "metric tons",
      estimated: true,
    });
    expect((congo?.value ?? 0) / sum).toBeCloseTo(0.749, 3);
  });

  it("keeps qualifiers with their values and withheld values as such", () => {
    const withheld = parsed.rows.stats.find((s) => s.qualifier === "withheld");
    expect(withheld?.value).toBeNull();
    const pgmReserves = parsed.rows.stats.find(
      (s) => s.materialId === "pgm" && s.measure === "reserves" && s.isWorldTotal,
    );
    expect(pgmReserves).toMatchObject({
      value: 76000000,
      qualifier: "greater_than",
      unit: "kilograms",
    });
    const exporter = parsed.rows.nir.find((n) => n.qualifier === "net_exporter");
    expect(exporter?.value).toBeNull();
  });

  it("reads US net import reliance and import sources with their period", () => {
    const cobaltNir = parsed.rows.nir.filter((n) => n.materialId === "cobalt").map((n) => n.year);
    expect(cobaltNir).toEqual([2021, 2022, 2023, 2024, 2025]);
    const norway = parsed.rows.importSources.find(
      (s) => s.materialId === "cobalt" && s.countryId === "NOR",
    );
    expect(norway).toMatchObject({
      share: 26,
      period: [2021, 2024],
      detail: "Metal, oxide, and salts",
    });
    expect(linesOf(parsed.issues, "unknown_country")).toEqual([6277]);
  });

  it("names stages from the tables' words", () => {
    const stageOf = (material: string, detail: RegExp) =>
      parsed.rows.stats.find((s) => s.materialId === material && detail.test(s.detail))?.stageId;
    expect(stageOf("aluminium", /^Bauxite, mine/)).toBe("extraction");
    expect(stageOf("aluminium", /^Alumina, refinery/)).toBe("processing");
    expect(stageOf("aluminium", /^Smelter production/)).toBe("smelting");
    expect(stageOf("gallium", /^Primary production/)).toBe("processing");
  });
});
