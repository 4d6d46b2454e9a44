import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { MATERIALS } from "../reference/materials.ts";
import { syncReference } from "./reference-sync.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.close());

const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n;

describe("syncReference", () => {
  it("writes the reference tables, and again changes nothing", async () => {
    await db.transaction((tx) => syncReference(tx));
    const first = await Promise.all(
      [
        "stages",
        "materials",
        "material_group_members",
        "material_aliases",
        "countries",
        "country_aliases",
        "country_source_codes",
      ].map(count),
    );
    await db.transaction((tx) => syncReference(tx));
    const second = await Promise.all(
      [
        "stages",
        "materials",
        "material_group_members",
        "material_aliases",
        "countries",
        "country_aliases",
        "country_source_codes",
      ].map(count),
    );
    expect(second).toEqual(first);
    expect(first[0]).toBe(6);
    expect(first[1]).toBe(MATERIALS.length);
    expect(first[6]).toBe(6);
  });

  it("answers a source's name through the alias table", async () => {
    const rows = await db.query<{ material_id: string }>(
      "SELECT material_id FROM material_aliases WHERE alias_key = 'gemanium'",
    );
    expect(rows).toEqual([{ material_id: "germanium" }]);
    const [kosovo] = await db.query(
      "SELECT c.id, c.numeric_code, c.iso_status FROM country_source_codes s JOIN countries c ON c.id = s.country_id WHERE s.source = 'wgi' AND s.code = 'KSV'",
    );
    expect(kosovo).toEqual({ id: "XKX", numeric_code: null, iso_status: "user-assigned" });
  });

  it("records which materials a group holds", async () => {
    const rows = await db.query<{ member_id: string }>(
      "SELECT member_id FROM material_group_members WHERE group_id = 'pgm' ORDER BY member_id",
    );
    expect(rows.map((r) => r.member_id)).toEqual([
      "iridium",
      "osmium",
      "palladium",
      "platinum",
      "rhodium",
      "ruthenium",
    ]);
  });
});
