import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../criticality/datasets/seed.ts";
import {
  CANADA_BACI,
  COBALT_HS,
  FRANCE_BACI,
  independentGeoPolRisk,
  NICKEL_HS,
  writeTradeFixture,
} from "../criticality/loaders/trade-fixture.ts";
import { FIRST_OPEN, useCliSandbox } from "./cli-sandbox.ts";

const sandbox = useCliSandbox();
const assess = (...args: string[]) => sandbox.run(["criticality", "assess", ...args]);

beforeAll(async () => {
  const seeded = await sandbox.run(["db", "seed"]);
  expect(seeded.code, seeded.err).toBe(0);
}, 180_000);

/** Cobalt mine production from the bundled USGS file, read here without the importer. */
function cobaltHhiFromCsv(year: number): number {
  const records: Record<string, string>[] = parse(
    fs.readFileSync(`${DATA_DIR}/usgs-mcs2026/usgs_mcs2026_commodities_data.utf8.csv`),
    { columns: true, bom: true, relax_column_count: true },
  );
  const q = records
    .filter(
      (r) =>
        r.Commodity === "Cobalt" &&
        r.Statistics === "Production" &&
        r.Statistics_detail === "Mine production" &&
        r.Year === String(year) &&
        r.Country !== "World total",
    )
    .map((r) => Number((r.Value ?? "").replaceAll(",", "")));
  expect(q).toHaveLength(13); // 12 countries + "Other countries"
  const total = q.reduce((a, b) => a + b, 0);
  return q.reduce((a, v) => a + (v / total) ** 2, 0);
}

describe("criticality hhi", () => {
  it(
    "equals the HHI computed directly from the USGS file (cobalt, mine, 2024)",
    FIRST_OPEN,
    async () => {
      const r = await sandbox.run([
        "criticality",
        "hhi",
        "--material",
        "Cobalt",
        "--stage",
        "mine",
        "--year",
        "2024",
        "--json",
      ]);
      expect(r.code, r.err).toBe(0);
      const out = JSON.parse(r.out);
      expect(out).toMatchObject({ material: "cobalt", stage: "mine", year: 2024 });
      expect(Math.abs(out.hhi - cobaltHhiFromCsv(2024))).toBeLessThan(1e-12);
      expect(out.producers).toHaveLength(13);
      expect(
        out.producers.filter((p: { isOtherCountries?: boolean }) => p.isOtherCountries),
      ).toHaveLength(1);
      const sum = out.producers.reduce((a: number, p: { share: number }) => a + p.share, 0);
      expect(sum).toBeCloseTo(1, 12);
    },
  );

  it("defaults to the latest year and prints a table", async () => {
    const r = await sandbox.run(["criticality", "hhi", "--material", "COBALT", "--stage", "mine"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("2025");
    expect(r.out).toContain("COD");
    const json = await sandbox.run([
      "criticality",
      "hhi",
      "--material",
      "cobalt",
      "--stage",
      "mine",
      "--json",
    ]);
    expect(Math.abs(JSON.parse(json.out).hhi - cobaltHhiFromCsv(2025))).toBeLessThan(1e-12);
  });

  it("rejects an unknown material with exit 1 and a French message naming close matches", async () => {
    const r = await sandbox.run(["criticality", "hhi", "--material", "cobalte", "--stage", "mine"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Matière inconnue");
    expect(r.err).toContain("cobalte");
    expect(r.err).toContain("Vouliez-vous dire");
    expect(r.err).toContain("criticality_unknown_material");
  });

  it("rejects an unknown stage as a usage error", async () => {
    const r = await sandbox.run([
      "criticality",
      "hhi",
      "--material",
      "cobalt",
      "--stage",
      "smelter",
    ]);
    expect(r.code).toBe(2);
  });
});

describe("criticality assess", () => {
  it("--method eu --party fr: exactly the 34 materials of Annex II, copper and nickel strategic", async () => {
    const r = await assess("--method", "eu", "--party", "fr", "--json");
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as {
      results: { material: string; critical?: boolean; basis?: string }[];
    };
    const critical = out.results.filter((x) => x.critical);
    const db = await sandbox.open();
    let annex: { material_id: string; category: string }[];
    try {
      annex = await db.query(
        "SELECT material_id, category FROM official_list_members WHERE list_id = 'eu-2024-annex-ii'",
      );
    } finally {
      await db.close();
    }
    expect(critical).toHaveLength(34);
    expect(critical.map((x) => `${x.material}|${x.basis}`).sort()).toEqual(
      annex.map((a) => `${a.material_id}|${a.category}`).sort(),
    );
    expect(
      critical
        .filter((x) => x.basis === "strategic")
        .map((x) => x.material)
        .sort(),
    ).toEqual(["copper", "nickel"]);
  });

  // Issue 12: the qc and global views used to answer missing_inputs for every material; each
  // stage is now computed from USGS production or, without a series, the EU's published one.
  it.each(["global", "qc", "fr"])(
    "--method eu --party %s: ok for every material with an assessed stage, each stage marked",
    async (party) => {
      const r = await assess("--method", "eu", "--party", party, "--json");
      expect(r.code, r.err).toBe(0);
      type Row = {
        material: string;
        status: string;
        stages: { stage: string; provenance: string; supplyRisk: number | null }[];
      };
      const results = JSON.parse(r.out).results as Row[];
      expect(results.length).toBeGreaterThan(60);
      for (const x of results) {
        expect(x.status, x.material).toBe("ok");
        expect(x.stages.length).toBeGreaterThan(0);
        for (const s of x.stages)
          expect(["computed", "published", "missing"]).toContain(s.provenance);
      }
      if (party === "fr") return;
      for (const m of ["lithium", "cobalt", "nickel", "natural-graphite", "copper"]) {
        const extraction = results.find((x) => x.material === m)?.stages[0];
        expect(extraction, m).toMatchObject({ stage: "extraction", provenance: "computed" });
        expect(extraction?.supplyRisk).toBeGreaterThan(0);
      }
      const lithium = results.find((x) => x.material === "lithium");
      expect(lithium?.stages[1]).toMatchObject({ stage: "processing", provenance: "published" });
    },
  );

  it("--csv: a header and one line per material", async () => {
    const json = await assess("--method", "eu", "--party", "fr", "--json");
    const r = await assess("--method", "eu", "--party", "fr", "--csv");
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(
      "material,party,status,supply_risk,economic_importance,stage,critical,basis,insufficient_data,stages,missing\r",
    );
    expect(lines).toHaveLength(1 + JSON.parse(json.out).results.length);
    const rows: Record<string, string>[] = parse(r.out, { columns: true });
    expect(rows.filter((x) => x.critical === "true")).toHaveLength(34);
  });

  it("--method hhi: mine and refinery HHI per material, the cobalt one as from hhi", async () => {
    const r = await assess("--method", "hhi", "--csv");
    expect(r.code, r.err).toBe(0);
    const rows: Record<string, string>[] = parse(r.out, { columns: true });
    const cobalt = rows.find((x) => x.material === "cobalt");
    expect(cobalt?.mine_year).toBe("2025");
    expect(Math.abs(Number(cobalt?.mine_hhi) - cobaltHhiFromCsv(2025))).toBeLessThan(1e-12);
    expect(new Set(rows.map((x) => x.material)).size).toBe(rows.length);
  });

  it("--method geopolrisk: every material names the missing imports, no crash", async () => {
    const r = await assess("--method", "geopolrisk", "--party", "fr", "--json");
    expect(r.code, r.err).toBe(0);
    const results = JSON.parse(r.out).results as { status: string; missing: { input: string }[] }[];
    expect(results.length).toBeGreaterThan(50);
    for (const x of results) {
      expect(x.status).toBe("missing_inputs");
      expect(x.missing.map((m) => m.input)).toContain("imports");
    }
    const table = await assess("--method", "geopolrisk");
    expect(table.out).toContain("trade_flows");
  });

  it("--method geopolrisk after a BACI import: nickel for France equals an independent computation", async () => {
    const fixture = writeTradeFixture(sandbox.dir());
    const imported = await sandbox.run(["data", "import", "baci", fixture.file]);
    expect(imported.code, imported.err).toBe(0);
    const r = await assess("--method", "geopolrisk", "--party", "fr", "--json");
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.tradeFlowRows).toBeGreaterThan(0);
    type Row = {
      material: string;
      status: string;
      values?: Record<string, number>;
      missing?: { input: string }[];
      tradeYear?: number;
      importer?: string;
    };
    const byMaterial = new Map((out.results as Row[]).map((x) => [x.material, x]));
    const nickel = byMaterial.get("nickel");
    expect(nickel).toMatchObject({ status: "ok", importer: "FRA", tradeYear: fixture.year });
    const lithium = byMaterial.get("lithium");
    expect(lithium?.status).toBe("missing_inputs");
    expect(lithium?.missing?.map((m) => m.input)).toEqual(["imports"]);
    const db = await sandbox.open();
    let want: Awaited<ReturnType<typeof independentGeoPolRisk>>;
    let wantCobaltQc: Awaited<ReturnType<typeof independentGeoPolRisk>>;
    try {
      want = await independentGeoPolRisk(db, fixture, "nickel", FRANCE_BACI, NICKEL_HS, "FRA");
      wantCobaltQc = await independentGeoPolRisk(
        db,
        fixture,
        "cobalt",
        CANADA_BACI,
        COBALT_HS,
        "CAN",
      );
    } finally {
      await db.close();
    }
    const close = (a: number | undefined, b: number) =>
      expect(Math.abs((a ?? Number.NaN) - b) / Math.abs(b)).toBeLessThan(1e-12);
    for (const key of ["hhi", "numerator", "score", "price", "midpoint", "cf"] as const) {
      close(nickel?.values?.[key], want[key]);
    }
    close(nickel?.values?.totalTrade, want.q);
    const qc = await assess("--method", "geopolrisk", "--party", "qc", "--json");
    expect(qc.code, qc.err).toBe(0);
    const cobalt = (JSON.parse(qc.out).results as Row[]).find((x) => x.material === "cobalt");
    expect(cobalt).toMatchObject({ status: "ok", importer: "CAN" });
    close(cobalt?.values?.cf, wantCobaltQc.cf);
    const table = await assess("--method", "geopolrisk", "--party", "fr");
    expect(table.code, table.err).toBe(0);
    expect(table.out).toMatch(/nickel\s+fr\s+ok\s+2024/u);
    const global = await assess("--method", "geopolrisk", "--json");
    for (const x of JSON.parse(global.out).results as Row[])
      expect(x.status).toBe("missing_inputs");
  });
});
