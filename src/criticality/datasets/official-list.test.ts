import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import { parseOfficialList } from "./official-list.ts";
import { bundled } from "./test-files.ts";

const parse = (file: string, vintage?: string) => {
  const { text, ctx } = bundled(file, vintage);
  return parseOfficialList(text, ctx);
};

describe("official lists", () => {
  it("reads Québec's 2020 list: 10 critical and 12 strategic minerals", () => {
    const qc = parse("official-lists/quebec_mcs_2020.csv");
    expect(qc.vintage).toBe("qc-2020");
    expect(qc.rows).toMatchObject({ id: "qc-2020", jurisdiction: "qc", edition: 2020 });
    expect(qc.rows.members).toHaveLength(22);
    expect(qc.rows.members.filter((m) => m.strategic)).toHaveLength(12);
    expect(qc.rows.members.find((m) => m.materialId === "ree")).toMatchObject({
      strategic: true,
      category: "stratégique",
    });
    expect(qc.rows.members.find((m) => m.materialId === "natural-graphite")?.name).toBe("Graphite");
  });

  it("reads the EU's Annex II, copper and nickel there as strategic", () => {
    const eu = parse("official-lists/eu_crma_2024_annex_ii.csv");
    expect(eu.vintage).toBe("eu-2024-annex-ii");
    expect(eu.rows.members).toHaveLength(34);
    expect(eu.rows.members.filter((m) => m.strategic).map((m) => m.materialId)).toEqual([
      "copper",
      "nickel",
    ]);
    expect(eu.rows.members.find((m) => m.materialId === "hree")?.strategic).toBeNull();
  });

  it("needs the vintage for the US 2022 table, whose file does not say it", () => {
    expect(
      parse("usgs-mcs2025/industry_trends/MCS2025_T4_Critical_Minerals_End_Use.csv").vintage,
    ).toBeUndefined();
    const us = parse(
      "usgs-mcs2025/industry_trends/MCS2025_T4_Critical_Minerals_End_Use.csv",
      "us-2022",
    );
    expect(us.rows.members).toHaveLength(50);
    expect(us.rows.members.find((m) => m.materialId === "ytterbium")?.name).toBe("Ytterbium");
  });

  it("reads the 2025 US list from the MCS 2026 flag column, one entry per material", () => {
    const us = parse("usgs-mcs2026/usgs_mcs2026_commodities_data.csv");
    expect(us.vintage).toBe("us-2025");
    expect(us.rowsRead).toBe(65);
    expect(us.rows.members).toHaveLength(61);
    expect(us.issues.map((i) => i.detail)).toEqual([
      "Bauxite → aluminium",
      "Alumina → aluminium",
      "Titanium Mineral Concentrates → titanium",
      "Zirconium And Hafnium → zirconium",
    ]);
    for (const id of ["copper", "silver", "potash", "dysprosium", "pgm", "palladium"]) {
      expect(us.rows.members.map((m) => m.materialId)).toContain(id);
    }
  });

  it("refuses a list id that is not jurisdiction-year", () => {
    expect(() => parse("official-lists/quebec_mcs_2020.csv", "Québec 2020")).toThrow(AppError);
  });
});
