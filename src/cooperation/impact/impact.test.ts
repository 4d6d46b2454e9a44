/**
 * "A project adding graphite capacity in Québec shows the change in France's view of graphite
 * supply risk computed by the engine, tested against a hand computation."
 *
 * Data: the reference template (USGS MCS 2026 world mine production of natural graphite, WGI
 * 2023 update, EU CRM 2023 results) plus illustrative BACI flows (fixture.ts: BACI is not
 * bundled, so EU sourcing needs them). The expected values are computed below straight from the
 * raw rows, with the EU method written out:
 *   HHI = Σ q² / (Σ q)²;  WGI_c = clamp((2.5 − mean of the six estimates) · 2, 0, 10);
 *   HHI_WGI = Σ q_c² · WGI_c / (Σ q)²  (t = 1: the EU table gives no trade factor for graphite);
 *   SR = [HHI_WGI(GS) · IR/2 + HHI_WGI(EU) · (1 − IR/2)] · (1 − EoL-RIR) · SI_SR
 * with the EU's published IR (extraction), EoL-RIR and SI_SR for natural graphite.
 * "If the capacity supplied France–EU": world production of Canada + C; EU sourcing: imports
 * from the other non-EU origins scaled by (O − s)/O with s = min(C, O), Canada's row + s.
 * Tolerance: relative 1e-9 (float summation order differs).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { TRADE_PARTIES } from "../../criticality/loaders/trade.ts";
import { materialImpact } from "./compute.ts";
import { capacitiesOf } from "./queries.ts";
import { GRAPHITE_FLOWS, importGraphiteFlows, insertProject } from "./test-fixtures.ts";

let t: TestApp;
const C = 10000;
const EU27: readonly string[] = TRADE_PARTIES.eu.members;
const BACI_TO_ISO: Record<number, string> = {
  156: "CHN",
  508: "MOZ",
  450: "MDG",
  76: "BRA",
  124: "CAN",
  579: "NOR",
  276: "DEU",
  251: "FRA",
  842: "USA",
};

beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  await importGraphiteFlows(t.db);
}, 180_000);
afterAll(() => t?.close());

const close = (a: number, b: number) =>
  expect(Math.abs(a - b) / Math.max(Math.abs(b), 1e-12)).toBeLessThan(1e-9);

async function wgiScaled(): Promise<Map<string, number>> {
  const rows = await t.db.query<{ country_id: string; estimate: number }>(
    "SELECT country_id, estimate FROM wgi_scores WHERE year = (SELECT max(year) FROM wgi_scores)",
  );
  const sums = new Map<string, number[]>();
  for (const r of rows)
    sums.set(r.country_id, [...(sums.get(r.country_id) ?? []), Number(r.estimate)]);
  const out = new Map<string, number>();
  for (const [c, v] of sums) {
    if (v.length !== 6) continue;
    const mean = v.reduce((a, b) => a + b, 0) / 6;
    out.set(c, Math.min(10, Math.max(0, (2.5 - mean) * 2)));
  }
  return out;
}

async function worldProduction(year: number): Promise<Map<string, number>> {
  const rows = await t.db.query<{ country_id: string; value: number }>(
    `SELECT cs.country_id, cs.value FROM country_statistics cs JOIN datasets d ON d.id = cs.dataset_id
      WHERE d.vintage = 'MCS 2026' AND cs.material_id = 'natural-graphite' AND cs.stage_id = 'extraction'
        AND cs.measure = 'production' AND cs.year = $1 AND NOT cs.is_world_total AND cs.value IS NOT NULL`,
    [year],
  );
  return new Map(rows.map((r) => [r.country_id, Number(r.value)]));
}

const hhiWgi = (q: Map<string, number>, w: Map<string, number>) => {
  let total = 0;
  let acc = 0;
  for (const [c, x] of q) {
    total += x;
    acc += x * x * (w.get(c) as number);
  }
  return acc / (total * total);
};

describe("diversification impact of graphite capacity in Québec", () => {
  it("changes France–EU's supply risk as the hand computation says", async () => {
    const project = await insertProject(t.db, { code: "P-2025-001", owner: "qc" });
    await t.db.query(
      `INSERT INTO project_capacities (project_id, material_id, stage_id, country_id, tonnes_per_year)
       VALUES ($1, 'natural-graphite', 'extraction', 'CAN', $2)`,
      [project.id, C],
    );
    const impact = await materialImpact(
      t.db,
      "natural-graphite",
      await capacitiesOf(t.db, project.id),
    );
    const fr = impact.views.find((v) => v.party === "france-eu");
    if (fr?.status !== "ok") throw new Error(JSON.stringify(fr));

    // Published EU CRM 2023 row for natural graphite: IR 99 %, EoL-RIR 3 %, SI_SR 0.98.
    const [eu] = await t.db.query<{ ir: number; eol: number; si: number }>(
      `SELECT ir_extraction_pct AS ir, eol_rir_pct AS eol, si_sr AS si FROM eu_assessment_results
        WHERE material_id = 'natural-graphite'`,
    );
    expect(eu).toEqual({ ir: 99, eol: 3, si: 0.98 });
    const ir = 0.99;
    const w = await wgiScaled();
    // World mine production 2025 (MCS 2026, estimates): China 1 400 000 t, Canada 8 000 t…
    const gs = await worldProduction(2025);
    expect(gs.get("CHN")).toBe(1_400_000);
    expect(gs.get("CAN")).toBe(8000);
    // EU sourcing: EU-27 mine production 2024 (Austria 100 t, Germany 140 t) + imports from
    // outside the EU (the fixture's flows into France and Germany, Germany → France left out).
    const eu24 = await worldProduction(2024);
    const sourcing = new Map<string, number>();
    for (const [c, q] of eu24) if (EU27.includes(c)) sourcing.set(c, q);
    expect([...sourcing]).toEqual([
      ["AUT", 100],
      ["DEU", 140],
    ]);
    for (const [i, j, q] of GRAPHITE_FLOWS) {
      const from = BACI_TO_ISO[i] as string;
      if (![251, 276].includes(j) || EU27.includes(from)) continue;
      sourcing.set(from, (sourcing.get(from) ?? 0) + q);
    }
    // Imports from origins other than Canada: 20 000 + 30 000 + 8 000 + 6 000 + 4 000 + 1 000.
    const others = [...sourcing].filter(([c]) => !EU27.includes(c) && c !== "CAN");
    const O = others.reduce((a, [, q]) => a + q, 0);
    expect(O).toBe(69000);
    const s = Math.min(C, O);
    const after = new Map(sourcing);
    for (const [c, q] of others) after.set(c, (q * (O - s)) / O);
    after.set("CAN", (sourcing.get("CAN") ?? 0) + s);
    const gsAfter = new Map(gs).set("CAN", (gs.get("CAN") as number) + C);

    const sr = (g: Map<string, number>, e: Map<string, number>) =>
      ((hhiWgi(g, w) * ir) / 2 + hhiWgi(e, w) * (1 - ir / 2)) * (1 - 0.03) * 0.98;
    const before = sr(gs, sourcing);
    const afterSr = sr(gsAfter, after);
    close(fr.supplyRisk.before, before);
    close(fr.supplyRisk.after, afterSr);
    expect(fr.supplyRisk.delta).toBeLessThan(0);

    const plain = (q: Map<string, number>) => {
      const v = [...q.values()];
      const total = v.reduce((a, b) => a + b, 0);
      return v.reduce((a, b) => a + b * b, 0) / (total * total);
    };
    const stage = fr.stages[0];
    expect(stage?.hhiScope).toBe("party_sourcing");
    close(stage?.hhi?.before as number, plain(sourcing));
    close(stage?.hhi?.after as number, plain(after));

    const global = impact.views.find((v) => v.party === "global");
    if (global?.status !== "ok") throw new Error("global view");
    close(global.supplyRisk.before, hhiWgi(gs, w) * 0.97 * 0.98);
    close(global.supplyRisk.after, hhiWgi(gsAfter, w) * 0.97 * 0.98);
  });
});

describe("impact API, ranking and capacity commands", () => {
  it("hides a confidential project (404) and ranks visible projects by SR reduction", async () => {
    const hidden = await insertProject(t.db, {
      code: "P-2025-002",
      owner: "fr",
      confidentialTo: "fr",
    });
    const small = await insertProject(t.db, { code: "P-2025-003", owner: "qc" });
    for (const [p, q] of [
      [hidden, 50000],
      [small, 1000],
    ] as const) {
      await t.db.query(
        `INSERT INTO project_capacities (project_id, material_id, stage_id, country_id, tonnes_per_year)
         VALUES ($1, 'natural-graphite', 'extraction', 'CAN', $2)`,
        [p.id, q],
      );
    }
    expect((await t.request("/api/v1/projects/P-2025-002/impact")).status).toBe(404);
    const ok = (await (await t.request("/api/v1/projects/P-2025-001/impact")).json()) as {
      materials: { views: { party: string; status: string }[] }[];
    };
    expect(ok.materials[0]?.views.map((v) => [v.party, v.status])).toContainEqual(["fr", "ok"]);
    const ranking = (await (
      await t.request("/api/v1/portfolio/impact?material=graphite&party=fr")
    ).json()) as { projects: { code: string; supplyRisk: { delta: number } }[] };
    // 10 000 t/a lowers France–EU's SR more than 1 000 t/a; the confidential one is not listed.
    expect(ranking.projects.map((p) => p.code)).toEqual(["P-2025-001", "P-2025-003"]);
    const page = await t.request("/cooperation/impact?matiere=graphite&partie=fr");
    expect(await page.text()).toContain("P-2025-001");
  });

  it("shows a capacity at a stage the EU did not assess, in every view, with no effect", async () => {
    // The demo's spherical graphite plant (P-2024-005): processing, while the EU assessed
    // natural graphite at extraction only.
    const plant = await insertProject(t.db, { code: "P-2025-010", owner: "qc" });
    await t.db.query(
      `INSERT INTO project_capacities (project_id, material_id, stage_id, country_id, tonnes_per_year)
       VALUES ($1, 'natural-graphite', 'processing', 'CAN', 25000)`,
      [plant.id],
    );
    const impact = await materialImpact(
      t.db,
      "natural-graphite",
      await capacitiesOf(t.db, plant.id),
    );
    expect(impact.views).toHaveLength(3);
    for (const v of impact.views) {
      if (v.status !== "ok") throw new Error(`${v.party}: ${v.status}`);
      expect(v.supplyRisk.delta).toBe(0);
      expect(v.stages.map((s) => s.stage)).toEqual(["extraction"]);
      expect(v.unassessed).toEqual([{ stage: "processing", country: "CAN", tonnesPerYear: 25000 }]);
    }
    // Narrow no-break spaces (before « : », between thousands) read as plain spaces here.
    const words = async (path: string) =>
      (await (await t.request(path)).text()).replace(/[\u00a0\u202f]/g, " ");
    const fr = await words("/cooperation/projets/P-2025-010");
    expect(fr).toContain(
      "à l’étape extraction (mine) seulement : la capacité de 25 000 t/an (Canada) à l’étape transformation",
    );
    expect(fr).not.toContain("Non applicable");
    const en = await words("/en/cooperation/projets/P-2025-010");
    expect(en).toContain(
      "at the extraction (mining) stage only: the capacity of 25,000 t/yr (Canada) at the processing",
    );
    const ranking = (await (
      await t.request("/api/v1/portfolio/impact?material=natural-graphite&party=global")
    ).json()) as { projects: { code: string; unassessed: unknown[] }[] };
    expect(ranking.projects.find((p) => p.code === "P-2025-010")?.unassessed).toHaveLength(1);
    const page = await words("/cooperation/impact?matiere=natural-graphite&partie=global");
    expect(page).toContain("étape non évaluée par l’UE : transformation (raffinage) (sans effet)");
  });

  it("refuses bad capacities with a localised error and writes nothing", async () => {
    const { setCapacity } = await import("./commands.ts");
    const p = await insertProject(t.db, { code: "P-2025-004", owner: "qc" });
    const who = { actorId: null, label: "test" };
    const base = {
      material: "natural-graphite",
      stage: "extraction",
      country: "CAN",
      tonnesPerYear: "100",
    };
    for (const [bad, id] of [
      [{ tonnesPerYear: "-5" }, "capacity_not_positive"],
      [{ tonnesPerYear: "0" }, "capacity_not_positive"],
      [{ material: "unobtainium" }, "capacity_unknown_material"],
      [{ stage: "smelting" }, "capacity_unknown_stage"],
      [{ country: "XXX" }, "capacity_unknown_country"],
    ] as const) {
      await expect(setCapacity(t.db, who, p, { ...base, ...bad })).rejects.toMatchObject({ id });
    }
    expect(await capacitiesOf(t.db, p.id)).toEqual([]);
    await setCapacity(t.db, who, p, base);
    expect(await capacitiesOf(t.db, p.id)).toHaveLength(1);
    const [audit] = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE subject_id = $1",
      [p.id],
    );
    expect(audit?.action).toBe("project_capacity.set");
  });
});
