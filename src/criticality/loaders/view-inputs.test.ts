import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { EngineError, type SupplyRow } from "../engine/index.ts";
import { publishedBottleneckNote } from "../scenarios/notes.ts";
import { runGlobalScenario } from "./global-eu-scenario.ts";
import { supplyRows } from "./supply.ts";
import { usgsSeriesTable } from "./usgs-series.ts";
import { assessView } from "./view-assess.ts";
import { buildViewInputs } from "./view-inputs.ts";
import { loadGlobalWgi, median } from "./wgi.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb("reference");
}, 120_000);
afterAll(async () => {
  await db?.close();
});

/**
 * The residual rule written out independently of the engine: "Other countries" split into
 * ⌈R / smallest named⌉ equal producers (no cap is reached on these materials), then Σ s².
 */
function lowerBoundHhi(rows: readonly SupplyRow[]): number {
  const named = rows.filter((r) => r.kind !== "total" && r.kind !== "other").map((r) => r.quantity);
  const residual = rows.filter((r) => r.kind === "other").reduce((a, r) => a + r.quantity, 0);
  const smallest = Math.min(...named.filter((q) => q > 0));
  const k = residual > 0 ? Math.ceil(residual / smallest) : 0;
  const q = [...named, ...Array.from({ length: k }, () => residual / k)];
  const total = q.reduce((a, b) => a + b, 0);
  return q.reduce((a, v) => a + (v / total) ** 2, 0);
}

const errorId = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof EngineError) return e.code;
    if (e instanceof AppError) return e.id;
    throw e;
  }
  return "no error";
};

describe("buildViewInputs", () => {
  it("gives every stage the EU assessed, computed from USGS or published with the reason", async () => {
    const view = await buildViewInputs(db, "global");
    if (!view) throw new Error("no WGI");
    expect(view.wgi.year).toBe(2022);
    const cobalt = view.materials.find((m) => m.material === "cobalt");
    expect(cobalt?.input).toMatchObject({ eolRir: 0.22, siSr: 0.98 });
    expect(cobalt?.input.stages[0]?.tradeFactors).toEqual({ COD: 1.1, ZMB: 1.1 });
    const mine = await supplyRows(db, "cobalt", "extraction");
    expect(cobalt?.input.stages[0]?.globalSupply).toEqual(mine?.rows);
    expect(cobalt?.stages.map((s) => [s.stage, s.provenance])).toEqual([
      ["extraction", "computed"],
      ["processing", "published"],
    ]);
    expect(cobalt?.stages[0]?.series).toMatchObject({ vintage: "MCS 2026", basis: "same" });
    expect(cobalt?.stages[1]?.published?.reason).toMatch(/^no_usgs_series: USGS gives mine/);
    // Every EU material and stage is in the table, and no stage is dropped without a name.
    for (const m of view.materials) {
      for (const s of m.stages) {
        expect(usgsSeriesTable().has(`${m.material}|${s.stage}`), m.material).toBe(true);
        if (s.provenance === "missing") expect(s.reason).toBeTruthy();
      }
    }
    // LREE extraction: the USGS rare-earths mine series stands in (a stated proxy).
    const lree = view.materials.find((m) => m.material === "neodymium");
    expect(lree?.stages[0]).toMatchObject({ provenance: "computed" });
    expect(lree?.stages[0]?.series).toMatchObject({ usgsMaterial: "ree", basis: "proxy" });
  });

  it("uses the median scaled WGI of the year as the fallback", async () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const wgi = await loadGlobalWgi(db, 2022);
    const n = wgi?.index.fallbackSlot ?? 0;
    expect(wgi?.fallback).toBe(median([...(wgi?.index.scaled.subarray(0, n) ?? [])]));
    expect(await loadGlobalWgi(db, 1900)).toBeNull();
  });
});

describe("assessView", () => {
  it("global: the bottleneck is the highest stage, the residual rule as written out here", async () => {
    const view = await assessView(db, "global");
    const by = new Map(view?.materials.map((m) => [m.material, m]));
    for (const m of view?.materials ?? []) {
      if (m.status !== "ok") continue;
      const values = m.stages.flatMap((s) => (s.supplyRisk === null ? [] : [s.supplyRisk]));
      expect(m.supplyRisk, m.material).toBe(Math.max(...values));
    }
    const mine = await supplyRows(db, "cobalt", "extraction");
    const cobalt = by.get("cobalt")?.stages[0];
    expect(cobalt?.productionHhi).toBeCloseTo(lowerBoundHhi(mine?.rows ?? []), 12);
    expect(cobalt?.productionHhiUpper).toBeGreaterThan(cobalt?.productionHhi ?? 1);
    expect(by.get("lithium")).toMatchObject({ bottleneckStage: "processing", critical: true });
  });

  it("flags krypton, neon and xenon as insufficient data, never critical", async () => {
    const view = await assessView(db, "global", { materials: ["krypton", "neon", "xenon"] });
    expect(view?.materials).toHaveLength(3);
    for (const m of view?.materials ?? []) {
      expect(m).toMatchObject({ status: "ok", insufficientData: true, critical: false });
      expect(m.stages[0]?.residualShare).toBeGreaterThan(0.5);
    }
  });
});

describe("runGlobalScenario", () => {
  it("cobalt: a 50 % cut of DR Congo reports the shortfall, then the HHI of what remains", async () => {
    const rows = (await supplyRows(db, "cobalt", "extraction"))?.rows ?? [];
    const cut = rows.map((r) => (r.country === "COD" ? { ...r, quantity: r.quantity / 2 } : r));
    const r = await runGlobalScenario(db, "cobalt", [
      { kind: "supply_cut", country: "cod", stage: "mine", value: 50 },
    ]);
    const producers = rows.filter((x) => x.kind !== "total");
    const world = producers.reduce((a, x) => a + x.quantity, 0);
    const cod = producers.find((x) => x.country === "COD")?.quantity ?? 0;
    expect(r.shortfall).toEqual([
      expect.objectContaining({ country: "COD", stage: "mine", quantity: cod / 2 }),
    ]);
    expect(r.shortfall[0]?.shareOfWorld).toBeCloseTo(cod / 2 / world, 12);
    const stage = r.stages.find((s) => s.stage === "mine");
    expect(stage?.hhi?.before).toBeCloseTo(lowerBoundHhi(rows), 12);
    expect(stage?.hhi?.after).toBeCloseTo(lowerBoundHhi(cut), 12);
    expect(r.changes[0]?.country).toBe("COD");
    // Issue 12: the refinery stage used to be dropped; it is now the EU's published value.
    expect(r.omittedStages).toEqual([]);
    expect(r.stages.map((s) => [s.stage, s.provenance])).toEqual([
      ["mine", "computed"],
      ["refinery", "published"],
    ]);
  });

  it("natural graphite: cutting China's mine supply loses about 80 % of world supply (MCS 2026)", async () => {
    const rows = (await supplyRows(db, "natural-graphite", "extraction"))?.rows ?? [];
    const producers = rows.filter((x) => x.kind !== "total");
    const china = producers.find((x) => x.country === "CHN")?.quantity ?? 0;
    const share = china / producers.reduce((a, x) => a + x.quantity, 0);
    const r = await runGlobalScenario(db, "natural-graphite", [
      { kind: "supply_cut", country: "CHN", stage: "mine", value: 100 },
    ]);
    expect(r.shortfall[0]?.shareOfWorld).toBeCloseTo(share, 12);
    expect(share).toBeGreaterThan(0.75);
    expect(share).toBeLessThan(0.85);
  });

  it("lithium: a refinery cut at the published processing stage is said, not computed", async () => {
    const r = await runGlobalScenario(db, "lithium", [
      { kind: "supply_cut", country: "CHN", stage: "refinery", value: 100 },
    ]);
    const refinery = r.stages.find((s) => s.stage === "refinery");
    expect(refinery).toMatchObject({ provenance: "published" });
    expect(refinery?.supplyRisk.delta).toBe(0);
    expect(r.notComputed).toHaveLength(1);
    expect(r.bottleneck.before).toBe("refinery");
    expect(r.shortfall).toEqual([]);
  });

  it("lithium: a new mine says the published processing bottleneck does not move", async () => {
    const r = await runGlobalScenario(db, "lithium", [
      { kind: "new_supply", country: "CAN", stage: "mine", value: 50_000 },
    ]);
    expect(r.stages.find((s) => s.stage === "mine")?.supplyRisk.delta).not.toBe(0);
    expect(r.supplyRisk.delta).toBe(0);
    expect(publishedBottleneckNote("fr", r)).toBe(
      "Le goulet d’étranglement est la transformation, dont le RA est celui publié par l’UE\u202f; une nouvelle mine ne le change pas.",
    );
    expect(publishedBottleneckNote("en", r)).toBe(
      "The bottleneck is processing, whose SR is the one published by the EU; a new mine does not change it.",
    );
    const cobalt = await runGlobalScenario(db, "cobalt", [
      { kind: "new_supply", country: "CAN", stage: "mine", value: 1_000 },
    ]);
    expect(publishedBottleneckNote("fr", cobalt)).toBeNull();
  });

  it("names a stage without data, and rejects bad values and unknown countries", async () => {
    expect(
      await errorId(
        runGlobalScenario(db, "natural-graphite", [
          { kind: "supply_cut", country: "CHN", stage: "refinery", value: 10 },
        ]),
      ),
    ).toBe("criticality_scenario_stage");
    const run = (kind: "new_supply" | "supply_cut", country: string, value: number) =>
      runGlobalScenario(db, "cobalt", [{ kind, country, stage: "mine", value }]);
    expect(await errorId(run("new_supply", "CAN", -1))).toBe("negative_capacity");
    expect(await errorId(run("supply_cut", "COD", 150))).toBe("invalid_percentage");
    expect(await errorId(run("supply_cut", "XYZ", 10))).toBe("unknown_country");
    expect(await errorId(runGlobalScenario(db, "no-such-material", []))).toBe(
      "criticality_scenario_missing_inputs",
    );
  });
});
