import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { EngineError } from "../engine/index.ts";
import { globalEuInputs, loadGlobalWgi, median } from "./global-eu.ts";
import { runGlobalScenario } from "./global-eu-scenario.ts";
import { supplyRows } from "./supply.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb("reference");
}, 120_000);
afterAll(async () => {
  await db?.close();
});

/** Σ q² / (Σ q)² over the producer rows, written out here independently of the engine. */
function hhiOf(rows: { country: string; quantity: number; kind?: string }[]): number {
  const q = rows.filter((r) => r.kind !== "total").map((r) => r.quantity);
  const total = q.reduce((a, b) => a + b, 0);
  return q.reduce((a, v) => a + v * v, 0) / (total * total);
}

const engineCode = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof EngineError) return e.code;
    if (e instanceof AppError) return e.id;
    throw e;
  }
  return "no error";
};

describe("globalEuInputs", () => {
  it("builds the global view from USGS production, WGI 2022 (median fallback) and the EU table", async () => {
    const view = await globalEuInputs(db);
    if (!view) throw new Error("no WGI");
    expect(view.wgi.year).toBe(2022);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const cobalt = view.inputs.find((i) => i.material === "cobalt");
    expect(cobalt).toMatchObject({ eolRir: 0.22, siSr: 0.98 });
    expect(cobalt?.stages.map((s) => s.stage)).toEqual(["extraction", "processing"]);
    expect(cobalt?.stages[0]?.tradeFactors).toEqual({ COD: 1.1, ZMB: 1.1 });
    const mine = await supplyRows(db, "cobalt", "extraction");
    expect(cobalt?.stages[0]?.globalSupply).toEqual(mine?.rows);
    expect(view.production.get("cobalt")?.[0]).toMatchObject({ vintage: "MCS 2026" });
    // USGS gives no cobalt refinery production: reported as missing for the processing stage.
    expect(view.missing.find((m) => m.material === "cobalt")?.missing).toEqual([
      { input: "global_supply", stage: "processing" },
    ]);
    // Materials lacking production data are reported, not dropped silently.
    expect(view.missing.length).toBeGreaterThan(0);
    for (const m of view.missing) expect(m.missing.length).toBeGreaterThan(0);
  });

  it("uses the median scaled WGI of the year as the fallback", async () => {
    const wgi = await loadGlobalWgi(db, 2022);
    const n = wgi?.index.fallbackSlot ?? 0;
    expect(wgi?.fallback).toBe(median([...(wgi?.index.scaled.subarray(0, n) ?? [])]));
    expect(await loadGlobalWgi(db, 1900)).toBeNull();
  });
});

describe("runGlobalScenario", () => {
  it("cobalt: cutting DR Congo's mine supply by 50 % lowers the HHI to the hand-computed value", async () => {
    const mine = await supplyRows(db, "cobalt", "extraction");
    const rows = mine?.rows ?? [];
    const before = hhiOf(rows);
    const after = hhiOf(
      rows.map((r) => (r.country === "COD" ? { ...r, quantity: r.quantity / 2 } : r)),
    );
    const r = await runGlobalScenario(db, "cobalt", [
      { kind: "supply_cut", country: "cod", stage: "mine", value: 50 },
    ]);
    const stage = r.stages.find((s) => s.stage === "mine");
    expect(stage?.hhi?.before).toBeCloseTo(before, 12);
    expect(stage?.hhi?.after).toBeCloseTo(after, 12);
    expect(after).toBeLessThan(before);
    expect(stage?.hhi?.delta).toBeCloseTo(after - before, 12);
    expect(stage?.supplyRisk.delta).toBeLessThan(0);
    expect(r.changes[0]?.country).toBe("COD");
    expect(r.sources.wgi.fallbackFor).toContain("Other countries");
    // No refinery production for cobalt in the data: that stage is named, not computed.
    expect(r.omittedStages).toEqual(["refinery"]);
    expect(r.stages.map((s) => s.stage)).toEqual(["mine"]);
    expect(r.supplyRisk).toEqual(stage?.supplyRisk);
  });

  it("adding a capacity of 0 changes nothing", async () => {
    const r = await runGlobalScenario(db, "cobalt", [
      { kind: "new_supply", country: "CAN", stage: "mine", value: 0 },
    ]);
    for (const s of r.stages) {
      expect(s.supplyRisk.delta).toBe(0);
      expect(s.hhi?.delta ?? 0).toBe(0);
    }
    expect(r.critical.after).toBe(r.critical.before);
  });

  it("rejects a negative capacity, a percent outside 0–100 and an unknown country", async () => {
    const run = (kind: "new_supply" | "supply_cut", country: string, value: number) =>
      runGlobalScenario(db, "cobalt", [{ kind, country, stage: "mine", value }]);
    expect(await engineCode(run("new_supply", "CAN", -1))).toBe("negative_capacity");
    expect(await engineCode(run("supply_cut", "COD", 150))).toBe("invalid_percentage");
    expect(await engineCode(run("supply_cut", "COD", -5))).toBe("invalid_percentage");
    expect(await engineCode(run("supply_cut", "XYZ", 10))).toBe("unknown_country");
    expect(await engineCode(runGlobalScenario(db, "no-such-material", []))).toBe(
      "criticality_scenario_missing_inputs",
    );
  });
});
