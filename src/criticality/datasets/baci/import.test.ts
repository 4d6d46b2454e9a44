import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../platform/db/client.ts";
import { createTestDb } from "../../../platform/testing/test-db.ts";
import type { ImportSource } from "./aggregate.ts";
import { thousandths } from "./commands.ts";
import { BaciFormatError } from "./format.ts";
import { type ImportProgress, importBaciFile } from "./import.ts";
import { parseBaciStream } from "./parse.ts";
import { writeSyntheticBaci } from "./synthetic.ts";

const MAP = { "260400": ["nickel"], "282200": ["cobalt"], "810520": ["cobalt"] };
const SOURCE = "BACI HS22 V202501";
let db: Db;
let dir: string;

beforeAll(async () => {
  db = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-baci-"));
});

afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function file(name: string, seed: number, year = 2022) {
  const target = path.join(dir, name);
  const mappedCodes = Object.keys(MAP);
  await writeSyntheticBaci(target, { rows: 5000, seed, year, mappedCodes, mappedShare: 0.3 });
  return target;
}

type Flow = {
  material_id: string;
  importer_code: number;
  exporter_code: number;
  value_kusd: string;
};
const flows = (source = SOURCE, year = 2022) =>
  db.query<Flow & { quantity_t: string | null; row_count: number; import_id: string }>(
    `SELECT material_id, importer_code, exporter_code, value_kusd, quantity_t, row_count, import_id
       FROM trade_flows WHERE source = $1 AND year = $2
      ORDER BY material_id, importer_code, exporter_code`,
    [source, year],
  );

describe("importBaciFile", () => {
  it("stores the sums exactly, with a log row and an audit event", async () => {
    const progress: ImportProgress[] = [];
    const target = await file("a.csv", 1);
    const report = await importBaciFile(db, target, {
      hsToMaterials: MAP,
      source: SOURCE,
      vintage: "V202501",
      batchSize: 200,
      onProgress: (p) => progress.push(p),
    });
    const rows = await flows();
    expect(report.aggregates).toBeGreaterThan(400);
    const { aggregates } = await parseBaciStream(fs.createReadStream(target), MAP);
    const stored = (a: ImportSource) => ({
      material_id: a.material,
      importer_code: a.importer,
      exporter_code: a.exporter,
      value_kusd: thousandths(a.valueUsd),
      quantity_t: a.quantityKg === null ? null : thousandths(a.quantityKg),
      row_count: a.rows,
      import_id: report.importId,
    });
    const order = (a: Flow, b: Flow) =>
      (a.material_id < b.material_id ? -1 : a.material_id > b.material_id ? 1 : 0) ||
      a.importer_code - b.importer_code ||
      a.exporter_code - b.exporter_code;
    const expected = aggregates.map(stored).sort(order);
    expect(rows).toEqual(expected);
    const totals = await db.query<{ v: string; n: number }>(
      "SELECT sum(value_kusd)::text AS v, sum(row_count)::int AS n FROM trade_flows",
    );
    expect(totals[0]?.n).toBe(report.rowsMatched);
    const [log] = await db.query<Record<string, unknown>>("SELECT * FROM trade_flow_imports");
    expect(log).toMatchObject({
      id: report.importId,
      source: SOURCE,
      vintage: "V202501",
      years: [2022],
      file_name: "a.csv",
      rows_read: 5000,
      flows: report.aggregates,
      flows_replaced: 0,
      imported_by: "cli",
    });
    const audit = await db.query("SELECT * FROM audit_events WHERE action = 'trade_flows.import'");
    expect(audit).toHaveLength(1);
    expect(progress[0]?.stage).toBe("reading");
    expect(progress.at(-1)).toEqual({
      stage: "storing",
      rowsWritten: rows.length,
      totalRows: rows.length,
    });
  });

  it("replaces the rows of the same source and year, and leaves other sources and years", async () => {
    const options = { hsToMaterials: MAP, source: SOURCE, vintage: "V202501" };
    await importBaciFile(db, await file("2021.csv", 5, 2021), options);
    await importBaciFile(db, await file("old.csv", 1), { ...options, source: "BACI HS17 V202401" });
    const before2021 = await flows(SOURCE, 2021);
    const older = await flows("BACI HS17 V202401");
    const previous = await flows();
    const report = await importBaciFile(db, await file("b.csv", 2), options);
    expect(report.flowsReplaced).toBe(previous.length);
    const now = await flows();
    expect(now.length).toBe(report.aggregates);
    expect(now).not.toEqual(previous);
    expect(await flows(SOURCE, 2021)).toEqual(before2021);
    expect(await flows("BACI HS17 V202401")).toEqual(older);
  });

  it("lets two imports of the same source and year run together, one after the other", async () => {
    const options = { hsToMaterials: MAP, source: "BACI HS12 V202501", vintage: "V202501" };
    const [a, b] = await Promise.all([
      importBaciFile(db, await file("p.csv", 11), options),
      importBaciFile(db, await file("q.csv", 12), options),
    ]);
    const rows = await flows(options.source);
    expect([a.aggregates, b.aggregates]).toContain(rows.length);
    expect([a.importId, b.importId]).toContain(rows[0]?.import_id);
  });

  it("leaves the previous rows intact when writing fails half-way", async () => {
    const before = await flows();
    const logs = await db.query("SELECT id FROM trade_flow_imports");
    let inserts = 0;
    // The database fails on the third batch of rows, after the old rows were deleted.
    const failing: Db = {
      ...db,
      transaction: (fn) =>
        db.transaction((tx) =>
          fn({
            ...tx,
            query: async (sql, params) => {
              if (sql.includes("INSERT INTO trade_flows ") && ++inserts === 3) {
                throw new Error("disk full");
              }
              return tx.query(sql, params);
            },
          }),
        ),
    };
    const run = importBaciFile(failing, await file("c.csv", 3), {
      hsToMaterials: MAP,
      source: SOURCE,
      vintage: "V202501",
      batchSize: 50,
    });
    await expect(run).rejects.toThrow("disk full");
    expect(inserts).toBe(3);
    expect(await flows()).toEqual(before);
    expect(await db.query("SELECT id FROM trade_flow_imports")).toEqual(logs);
  });

  it("logs malformed lines even when they hold control characters", async () => {
    const target = path.join(dir, "damaged.csv");
    fs.writeFileSync(target, "t,i,j,k,v,q\n2020,4,8,260400,1.5,2\n2020,4,8,26\u00000400,1,1\n");
    const options = { hsToMaterials: MAP, source: SOURCE, vintage: "V202501" };
    const report = await importBaciFile(db, target, options);
    expect(report).toMatchObject({ rowsRead: 2, rowsMatched: 1, aggregates: 1, years: [2020] });
    const [log] = await db.query<{ malformed_sample: { line: number; text: string }[] }>(
      "SELECT malformed_sample FROM trade_flow_imports WHERE id = $1",
      [report.importId],
    );
    expect(log?.malformed_sample).toEqual([
      expect.objectContaining({
        line: 3,
        reason: "non_numeric",
        text: "2020,4,8,26\ufffd0400,1,1",
      }),
    ]);
    expect(await flows(SOURCE, 2020)).toEqual([
      expect.objectContaining({ material_id: "nickel", value_kusd: "1.500", quantity_t: "2.000" }),
    ]);
  });

  it("writes nothing for a file that is not BACI", async () => {
    const target = path.join(dir, "bad.csv");
    fs.writeFileSync(target, "year,exporter\n2022,4\n");
    const before = await flows();
    const run = importBaciFile(db, target, { hsToMaterials: MAP, source: SOURCE, vintage: "x" });
    await expect(run).rejects.toBeInstanceOf(BaciFormatError);
    expect(await flows()).toEqual(before);
  });
});
