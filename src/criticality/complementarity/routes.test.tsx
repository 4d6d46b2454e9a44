/**
 * Complementarity: every row's figures come from the functions the rest of the area uses (the
 * one builder's world supply, assessView's France–EU SR, runGlobalScenario's change), ranked by
 * Canada's share × the EU's reliance; the page draws a chart with its table, the export holds
 * the same rows; France–EU changes are computed once BACI flows are imported.
 */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { importGraphiteFlows } from "../../cooperation/impact/test-fixtures.ts";
import { runGlobalScenario } from "../loaders/global-eu-scenario.ts";
import { supplyRows } from "../loaders/supply.ts";
import { assessView } from "../loaders/view-assess.ts";
import { type Complementarity, euSourcesCanada } from "./queries.ts";

let t: TestApp;
let c: Complementarity;
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  c = (await (await t.request("/api/v1/criticality/complementarity")).json()) as Complementarity;
}, 120_000);
afterAll(() => t?.close());

describe("complementarity", () => {
  it("ranks Canada's producing stages by share × EU reliance, with the area's own figures", async () => {
    expect(c.rows.length).toBeGreaterThan(5);
    const keys = c.rows.map((r) => r.opportunity);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    const nickel = c.rows.find((r) => r.material === "nickel" && r.stage === "extraction");
    expect(nickel).toBeDefined();
    const rows = (await supplyRows(t.db, "nickel", "extraction"))?.rows ?? [];
    const producers = rows.filter((r) => r.kind !== "total");
    const can = producers.find((r) => r.country === "CAN")?.quantity ?? 0;
    expect(nickel?.canadaQuantity).toBe(can);
    expect(nickel?.canadaShare).toBeCloseTo(
      can / producers.reduce((a, r) => a + r.quantity, 0),
      12,
    );
    expect(nickel?.opportunity).toBeCloseTo(
      (nickel?.canadaShare ?? 0) * (nickel?.euImportReliance ?? 0),
      12,
    );
    for (const r of c.rows.slice(0, 8)) {
      const fr = (await assessView(t.db, "france-eu", { materials: [r.material] }))?.materials[0];
      expect(r.srFranceEu, r.material).toBe(fr?.supplyRisk);
      const change = euSourcesCanada(r.stage, r.canadaQuantity);
      expect(change).toEqual({
        kind: "sourcing_shift",
        country: "CAN",
        stage: r.stage === "extraction" ? "mine" : "refinery",
        value: r.canadaQuantity,
      });
      // No BACI flows: a France–EU stage is the EU's published value (null, never a computed
      // 0) or, assessed on world supply only (GSonly), computed like the scenario computes it.
      const f = await runGlobalScenario(t.db, r.material, [change], "france-eu");
      if (f.notComputed.length > 0) {
        expect([r.deltaFranceEu, r.franceEuReason]).toEqual([
          null,
          "party_sourcing_needs_trade_flows",
        ]);
      } else {
        expect(r.deltaFranceEu, r.material).toBe(f.supplyRisk.delta);
        // Without flows, a computed stage reads world supply only: the EU's purchases are not
        // in it, so moving them changes nothing, and the row says why.
        expect(r.deltaFranceEu, r.material).toBe(0);
        expect(["world_supply_only", "bottleneck_published"]).toContain(r.franceEuReason);
      }
    }
  });

  it("draws the chart with its table in both languages, and exports the same rows", async () => {
    const fr = await (await t.request("/criticite/complementarite")).text();
    expect(fr).toContain('role="img"');
    expect(fr).toContain("Part du Canada dans l’offre mondiale");
    expect(fr).toContain("non calculé (RA publié)");
    const en = await t.request("/en/criticite/complementarite");
    expect(en.status).toBe(200);
    expect(await en.text()).toContain("Canada’s share of world supply");
    const csv = await t.request("/api/v1/criticality/complementarity/export?format=csv&lang=en");
    expect(csv.status).toBe(200);
    const rows = parse(new TextDecoder().decode((await csv.arrayBuffer()).slice(3)), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(c.rows.map((r) => r.material));
    const xlsx = await t.request("/api/v1/criticality/complementarity/export?format=xlsx");
    expect(xlsx.status).toBe(200);
    expect((await t.request("/api/v1/criticality/complementarity/export?format=pdf")).status).toBe(
      400,
    );
  });

  it("with BACI flows, natural graphite's France–EU change is computed", async () => {
    await importGraphiteFlows(t.db);
    const after = (await (
      await t.request("/api/v1/criticality/complementarity")
    ).json()) as Complementarity;
    const graphite = after.rows.find(
      (r) => r.material === "natural-graphite" && r.stage === "extraction",
    );
    expect(graphite?.deltaFranceEu).not.toBeNull();
    expect(graphite?.deltaFranceEu).toBeLessThan(0);
    const fr = (await assessView(t.db, "france-eu", { materials: ["natural-graphite"] }))
      ?.materials[0];
    expect(graphite?.srFranceEu).toBe(fr?.supplyRisk);
  });
});
