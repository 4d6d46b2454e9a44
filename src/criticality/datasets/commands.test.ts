import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { importDataset } from "./commands.ts";
import { DATA_DIR } from "./seed.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.close());

const file = (relative: string) => path.join(DATA_DIR, relative);
const RESULTS = file("eu-crm-2023/eu_crm_2023_results.csv");
const WORLD = file("usgs-mcs2025/world_data/MCS2025_World_Data.csv");
const count = async (sql: string, params: unknown[] = []) =>
  (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${sql}`, params))[0]?.n;
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => (e instanceof AppError ? e.id : e),
  );

describe("importDataset", () => {
  it("imports a file once: the same bytes again change nothing and say so", async () => {
    const first = await importDataset(db, { kind: "eu-crm-results", file: RESULTS });
    expect(first).toMatchObject({
      status: "imported",
      vintage: "EU CRM 2023",
      rowsRead: 91,
      rowsStored: 90,
      rowsSkipped: 1,
    });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await importDataset(db, { kind: "eu-crm-results", file: RESULTS });
    expect(again).toMatchObject({
      status: "unchanged",
      datasetId: first.datasetId,
      rowsStored: 90,
    });
    expect(await count("eu_assessment_results")).toBe(90);
    expect(await count("datasets")).toBe(1);
    expect(await count("audit_events WHERE action = 'dataset.import'")).toBe(1);
    const [saved] = await db.query<{ issues: { reason: string; lines: number[] }[] }>(
      "SELECT issues FROM datasets",
    );
    expect(saved?.issues.find((g) => g.reason === "duplicate")?.lines).toEqual([88]);
  });

  it("replaces the rows of the same kind and vintage with a new file's", async () => {
    const text = fs.readFileSync(RESULTS, "utf8").replace(/^Tungsten,.*\n(?=Tungsten,)/m, "");
    const report = await importDataset(db, {
      kind: "eu-crm-results",
      file: { name: "eu_crm_2023_results.csv", bytes: new TextEncoder().encode(text) },
    });
    expect(report).toMatchObject({
      status: "imported",
      rowsRead: 90,
      rowsStored: 90,
      rowsSkipped: 0,
    });
    expect(await count("datasets WHERE kind = 'eu-crm-results'")).toBe(1);
    expect(await count("eu_assessment_results")).toBe(90);
  });

  it("leaves the previous import intact when an import fails half-way", async () => {
    const before = await importDataset(db, { kind: "usgs-mcs-world", file: WORLD });
    expect(before.rowsStored).toBe(2870);
    const changed = fs
      .readFileSync(WORLD, "utf8")
      .replace("Congo (Kinshasa),", "Congo (Kinshasa) ,");
    let batches = 0;
    const failure = await errorOf(
      importDataset(db, {
        kind: "usgs-mcs-world",
        file: { name: "MCS2025_World_Data.csv", bytes: new TextEncoder().encode(changed) },
        onProgress: (written) => {
          if (written > 0 && ++batches === 1) throw new Error("disk full");
        },
      }),
    );
    expect((failure as Error).message).toBe("disk full");
    expect(batches).toBe(1);
    const [row] = await db.query<{ sha256: string }>(
      "SELECT sha256 FROM datasets WHERE kind = 'usgs-mcs-world'",
    );
    expect(row?.sha256).toBe(before.sha256);
    expect(await count("country_statistics")).toBe(2870);
    expect(await count("audit_events WHERE action = 'dataset.import'")).toBe(3);
  });

  it("refuses, writing nothing, an unknown kind, a missing file, a file of another kind", async () => {
    const datasets = await count("datasets");
    expect(await errorOf(importDataset(db, { kind: "usgs", file: RESULTS }))).toBe(
      "dataset_unknown_kind",
    );
    expect(await errorOf(importDataset(db, { kind: "wgi", file: file("nope.csv") }))).toBe(
      "dataset_file_not_found",
    );
    expect(await errorOf(importDataset(db, { kind: "wgi", file: RESULTS }))).toBe(
      "dataset_malformed",
    );
    const notCsv = { name: "x.csv", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) };
    expect(await errorOf(importDataset(db, { kind: "hs-map", file: notCsv }))).toBe(
      "dataset_malformed",
    );
    expect(await count("datasets")).toBe(datasets);
  });

  it("asks for the vintage when the file does not tell it", async () => {
    const t4 = file("usgs-mcs2025/industry_trends/MCS2025_T4_Critical_Minerals_End_Use.csv");
    expect(await errorOf(importDataset(db, { kind: "official-list", file: t4 }))).toBe(
      "dataset_vintage_required",
    );
    const report = await importDataset(db, { kind: "official-list", file: t4, vintage: "us-2022" });
    expect(report.rowsStored).toBe(50);
    expect(await count("official_list_members WHERE list_id = 'us-2022'")).toBe(50);
  });
});
