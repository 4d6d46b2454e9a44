import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../app/testing/test-app.ts";
import { linkToActionLine } from "./commands.ts";
import { readDeclarationFile } from "./data.ts";
import { seedDeclaration } from "./seed.ts";

const TABLES = [
  "parties",
  "institutions",
  "declarations",
  "signatories",
  "priorities",
  "action_lines",
  "action_line_links",
] as const;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function rowCounts() {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

describe("seedDeclaration", () => {
  it("loads the declaration once (createTestApp already seeded)", async () => {
    expect(await rowCounts()).toEqual({
      parties: 2,
      institutions: 2,
      declarations: 1,
      signatories: 2,
      priorities: 4,
      action_lines: 13,
      action_line_links: 0,
    });
  });

  it("changes nothing when run again, and keeps the links other areas made", async () => {
    await linkToActionLine(t.db, { code: "3.3", subjectType: "Project", subjectId: "p-1" });
    const before = await rowCounts();
    await seedDeclaration(t.db);
    await seedDeclaration(t.db);
    expect(await rowCounts()).toEqual(before);
    expect(before.action_line_links).toBe(1);
  });

  it("brings corrected text and a new order to an installation seeded before", async () => {
    const data = readDeclarationFile();
    const corrected = structuredClone(data);
    corrected.title.en = "Corrected title";
    corrected.parties.reverse();
    await seedDeclaration(t.db, corrected);
    const [d] = await t.db.query<{ title_en: string }>("SELECT title_en FROM declarations");
    expect(d?.title_en).toBe("Corrected title");
    const parties = await t.db.query<{ code: string }>(
      "SELECT code FROM parties ORDER BY position",
    );
    expect(parties.map((p) => p.code)).toEqual(["fr", "qc"]);
    await seedDeclaration(t.db, data);
  });

  it("writes nothing when the data is inconsistent", async () => {
    const broken = structuredClone(readDeclarationFile());
    broken.title.en = "Should not be kept";
    const line = broken.priorities[0]?.lines[0];
    if (line) line.code = "9.1"; // not in priority 1: the database refuses it
    await expect(seedDeclaration(t.db, broken)).rejects.toThrow();
    const [d] = await t.db.query<{ title_en: string }>("SELECT title_en FROM declarations");
    expect(d?.title_en).toBe(readDeclarationFile().title.en);
  });
});
