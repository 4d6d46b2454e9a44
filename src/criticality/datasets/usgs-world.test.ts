import { describe, expect, it } from "vitest";
import { bundled, countIssues, linesOf } from "./test-files.ts";
import { parseUsgsWorld } from "./usgs-world.ts";

const { text, ctx } = bundled("usgs-mcs2025/world_data/MCS2025_World_Data.csv");
const parsed = parseUsgsWorld(text, ctx);

describe("USGS MCS world data (MCS 2025)", () => {
  it("reads the wide file into one value per measure and year", () => {
    expect(parsed.vintage).toBe("MCS 2025");
    expect(parsed.rowsRead).toBe(1250);
    expect(parsed.rows).toHaveLength(2870);
    expect(countIssues(parsed.issues)).toEqual({
      "skipped not_available": 73,
      "skipped unknown_country": 2,
      "flagged withheld": 28,
    });
    const years = new Set(parsed.rows.map((r) => `${r.measure} ${r.year}`));
    expect([...years].sort()).toEqual([
      "capacity 2023",
      "capacity 2024",
      "production 2023",
      "production 2024",
      "reserves 2024",
    ]);
  });

  it("reads USGS's “Gemanium” as germanium (its cells are empty in this release)", () => {
    expect(ctx.ref.material("Gemanium")).toBe("germanium");
    expect(linesOf(parsed.issues, "unknown_material")).toEqual([]);
    for (const line of [401, 402, 408])
      expect(linesOf(parsed.issues, "not_available")).toContain(line);
  });

  it("trims names, keeps “>” on reserves and marks 2024 estimates", () => {
    const copper = parsed.rows.filter((r) => r.materialId === "copper" && r.countryId === "CAN");
    expect(copper.map((r) => `${r.measure} ${r.year} ${r.stageId} ${r.estimated}`)).toContain(
      "production 2024 extraction true",
    );
    const bounded = parsed.rows.filter((r) => r.qualifier === "greater_than");
    expect(bounded.length).toBe(7);
    expect(bounded.every((r) => r.measure === "reserves")).toBe(true);
    expect(linesOf(parsed.issues, "unknown_country")).toEqual([3, 18]);
  });

  it("takes the withheld marks from the notes (“W for 23-24”)", () => {
    const barite = parsed.rows.filter((r) => r.line === 78);
    expect(barite.map((r) => [r.year, r.qualifier, r.value])).toEqual([
      [2023, "withheld", null],
      [2024, "withheld", null],
    ]);
  });

  it("takes the vintage from the SOURCE column, or the one given", () => {
    expect(parseUsgsWorld(text, { ...ctx, fileName: "x.csv" }).vintage).toBe("MCS 2025");
    expect(parseUsgsWorld(text, { ...ctx, vintage: "MCS 2025 rev. 1" }).vintage).toBe(
      "MCS 2025 rev. 1",
    );
  });
});
