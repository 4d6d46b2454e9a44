import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../testing/test-db.ts";
import type { Db } from "./client.ts";
import { upsert } from "./upsert.ts";

describe("upsert", () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
    await db.exec(`CREATE TABLE "odd ""name""" (code text PRIMARY KEY, label text, n int)`);
  });
  afterAll(() => db?.close());

  it("inserts, then updates the other columns of the row with the same key", async () => {
    await upsert(db, 'odd "name"', ["code"], { code: "a", label: "un", n: 1 });
    await upsert(db, 'odd "name"', ["code"], { code: "a", label: "one", n: 2 });
    await upsert(db, 'odd "name"', ["code"], { code: "b", label: "l'été; DROP", n: null });
    expect(await db.query(`SELECT * FROM "odd ""name""" ORDER BY code`)).toEqual([
      { code: "a", label: "one", n: 2 },
      { code: "b", label: "l'été; DROP", n: null },
    ]);
  });

  it("does nothing on conflict when the row is only its key", async () => {
    await upsert(db, 'odd "name"', ["code"], { code: "a" });
    expect(await db.query(`SELECT label FROM "odd ""name""" WHERE code = 'a'`)).toEqual([
      { label: "one" },
    ]);
  });
});
