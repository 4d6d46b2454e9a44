import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { productionConcentration } from "../engine/index.ts";
import { editDistance, resolveMaterial } from "./materials.ts";
import { supplyRows } from "./supply.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb("reference");
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe("resolveMaterial", () => {
  it("matches French, English, id and source aliases, ignoring case and accents", async () => {
    for (const name of ["Cobalt", "COBALT", "cobalt"]) {
      expect(await resolveMaterial(db, name)).toMatchObject({
        found: true,
        material: { id: "cobalt" },
      });
    }
    const [fr] = await db.query<{ name_fr: string }>(
      "SELECT name_fr FROM materials WHERE id = 'lithium'",
    );
    const accentless = (fr?.name_fr ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase();
    expect(await resolveMaterial(db, accentless)).toMatchObject({ material: { id: "lithium" } });
    const [alias] = await db.query<{ alias: string; material_id: string }>(
      "SELECT alias, material_id FROM material_aliases ORDER BY alias_key LIMIT 1",
    );
    expect(await resolveMaterial(db, alias?.alias ?? "")).toMatchObject({
      material: { id: alias?.material_id },
    });
  });

  it("suggests close names for an unknown one", async () => {
    const m = await resolveMaterial(db, "cobalte");
    expect(m.found).toBe(false);
    if (!m.found) expect(m.suggestions.map((s) => s.id)).toContain("cobalt");
    expect(await resolveMaterial(db, "zzzzzzzzzz")).toEqual({ found: false, suggestions: [] });
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("supplyRows", () => {
  it("gives cobalt mine production for 2024 from the latest vintage, total and 'Other countries' flagged", async () => {
    const s = await supplyRows(db, "cobalt", "extraction", 2024);
    expect(s).toMatchObject({ year: 2024, vintage: "MCS 2026", detail: "Mine production" });
    expect(s?.rows.filter((r) => r.kind === "total")).toHaveLength(1);
    expect(s?.rows.filter((r) => r.kind === "other")).toEqual([
      { country: "Other countries", quantity: 7780, kind: "other" },
    ]);
    expect(s?.rows.find((r) => r.country === "COD")?.quantity).toBe(226000);
    const c = productionConcentration("cobalt", "extraction", 2024, s?.rows ?? []);
    expect(c.producers).toBe(13);
  });

  it("defaults to the latest year with data; null without any row", async () => {
    expect((await supplyRows(db, "cobalt", "extraction"))?.year).toBe(2025);
    expect(await supplyRows(db, "cobalt", "extraction", 1990)).toBeNull();
  });
});
