import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../testing/test-db.ts";
import type { Db } from "./client.ts";
import { advanceVersionsPast, dataVersion, readVersions, versioned } from "./versioned-cache.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db?.close());

describe("data versions and the versioned cache", () => {
  it("bumps an area's version once per statement that writes one of its tables, and no other area's", async () => {
    const before = await readVersions(db);
    await db.query(
      "INSERT INTO materials (id, name_fr, name_en, family) VALUES ('essai-a', 'Essai A', 'Test A', 'other'), ('essai-b', 'Essai B', 'Test B', 'other')",
    );
    await db.query("UPDATE materials SET name_en = name_en || '.' WHERE id LIKE 'essai-%'");
    const after = await readVersions(db);
    await db.query("DELETE FROM materials WHERE id LIKE 'essai-%'");
    expect(Number(after.get("criticality"))).toBe(Number(before.get("criticality")) + 2);
    expect(after.get("declaration")).toBe(before.get("declaration"));
    expect(after.get("portfolio")).toBe(before.get("portfolio"));
  });

  it("serves a value again until its area changes, and shares one computation between callers", async () => {
    let runs = 0;
    const compute = async () => {
      runs += 1;
      return { run: runs };
    };
    const [a, b] = await Promise.all([
      versioned(db, "declaration", "k", compute),
      versioned(db, "declaration", "k", compute),
    ]);
    expect(a).toBe(b);
    expect(await versioned(db, "declaration", "k", compute)).toBe(a);
    await db.query(
      "INSERT INTO materials (id, name_fr, name_en, family) VALUES ('essai-c', 'C', 'C', 'other')",
    );
    expect(await versioned(db, "declaration", "k", compute)).toBe(a);
    await db.query("UPDATE priorities SET position = position");
    expect(await versioned(db, "declaration", "k", compute)).toEqual({ run: 2 });
    expect(runs).toBe(2);
  });

  it("does not keep a computation that failed", async () => {
    const failing = versioned(db, "criticality", "bad", () => Promise.reject(new Error("boom")));
    await expect(failing).rejects.toThrow("boom");
    expect(await versioned(db, "criticality", "bad", () => 42)).toBe(42);
  });

  it("moves every version past both the old and the restored one", async () => {
    const before = await readVersions(db);
    await db.query("UPDATE data_versions SET version = 0");
    const raised = new Map([...before].map(([area, v]) => [area, String(Number(v) + 10)]));
    await advanceVersionsPast(db, raised);
    for (const [area, v] of raised)
      expect(Number(await dataVersion(db, area as "portfolio"))).toBe(Number(v) + 1);
    await db.query("UPDATE data_versions SET version = 1000");
    await advanceVersionsPast(db, before);
    expect(await dataVersion(db, "portfolio")).toBe("1001");
  });
});
