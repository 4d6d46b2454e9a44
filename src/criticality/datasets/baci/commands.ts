import { CLI_PERFORMER, type Performer, runCommand } from "../../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../../platform/db/client.ts";
import type { ImportSource } from "./aggregate.ts";
import type { BaciParseReport } from "./parse.ts";

export type StoreInput = {
  source: string;
  vintage: string;
  fileName: string;
  fileBytes: number;
  report: BaciParseReport;
  aggregates: readonly ImportSource[];
};

export type StoreOptions = {
  performer?: Performer;
  /** Rows per INSERT. */
  batchSize?: number;
  onProgress?: (progress: { rowsWritten: number; totalRows: number }) => void;
};

export type StoreResult = { importId: string; flowsReplaced: number };

/**
 * Replaces the rows of this source for the years the file speaks for, in one transaction with
 * its log row and audit event: a failure half-way leaves the previous rows as they were.
 */
export function storeImportSources(
  db: Db,
  input: StoreInput,
  options: StoreOptions = {},
): Promise<StoreResult> {
  const { report, aggregates } = input;
  const batchSize = options.batchSize ?? 5000;
  return runCommand(db, options.performer ?? CLI_PERFORMER, "trade_flows.import", async (t) => {
    // Two imports of the same source wait for each other instead of failing on the key.
    await t.tx.query("SELECT pg_advisory_xact_lock(hashtext('trade_flows:' || $1))", [
      input.source,
    ]);
    const deleted = await t.tx.query<{ n: number }>(
      `WITH gone AS (DELETE FROM trade_flows WHERE source = $1 AND year = ANY($2::smallint[])
                     RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [input.source, report.years],
    );
    const flowsReplaced = deleted[0]?.n ?? 0;
    const [log] = await t.tx.query<{ id: string }>(
      `INSERT INTO trade_flow_imports (source, vintage, years, file_name, file_bytes, rows_read,
         rows_matched, rows_malformed, malformed_sample, flows, flows_replaced, read_ms,
         imported_by)
       VALUES ($1, $2, $3::smallint[], $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13)
       RETURNING id`,
      [
        input.source,
        input.vintage,
        report.years,
        input.fileName,
        input.fileBytes,
        report.rowsRead,
        report.rowsMatched,
        report.malformedCount,
        JSON.stringify(report.malformed),
        aggregates.length,
        flowsReplaced,
        report.ms,
        (options.performer ?? CLI_PERFORMER).label,
      ],
    );
    const importId = (log as { id: string }).id;
    for (let i = 0; i < aggregates.length; i += batchSize) {
      const batch = aggregates.slice(i, i + batchSize);
      await insertBatch(t.tx, input, importId, batch);
      options.onProgress?.({ rowsWritten: i + batch.length, totalRows: aggregates.length });
    }
    await t.audit({
      subjectType: "TradeFlowImport",
      subjectId: importId,
      changes: {
        source: { from: null, to: input.source },
        years: { from: null, to: report.years },
        flows: { from: flowsReplaced, to: aggregates.length },
      },
    });
    return { importId, flowsReplaced };
  });
}

// One statement per batch, one array parameter per column: no limit on parameters per
// statement to work around, and the same SQL on PostgreSQL 15 and PGlite.
async function insertBatch(
  tx: Queryable,
  input: StoreInput,
  importId: string,
  rows: readonly ImportSource[],
) {
  await tx.query(
    `INSERT INTO trade_flows (source, vintage, import_id, imported_at, year, material_id,
       importer_code, exporter_code, value_kusd, quantity_t, row_count, rows_without_quantity)
     SELECT $1, $2, $3, now(), u.* FROM unnest($4::smallint[], $5::text[], $6::smallint[],
       $7::smallint[], $8::numeric[], $9::numeric[], $10::int[], $11::int[])
       AS u (year, material_id, importer_code, exporter_code, value_kusd, quantity_t, row_count,
             rows_without_quantity)`,
    [
      input.source,
      input.vintage,
      importId,
      rows.map((r) => r.year),
      rows.map((r) => r.material),
      rows.map((r) => r.importer),
      rows.map((r) => r.exporter),
      rows.map((r) => thousandths(r.valueUsd)),
      rows.map((r) => (r.quantityKg === null ? null : thousandths(r.quantityKg))),
      rows.map((r) => r.rows),
      rows.map((r) => r.rowsWithoutQuantity),
    ],
  );
}

/** 1234567 → "1234.567": integer USD (or kg) as exact kUSD (or tonnes), no float rounding. */
export function thousandths(n: number): string {
  const digits = String(Math.round(n)).padStart(4, "0");
  return `${digits.slice(0, -3)}.${digits.slice(-3)}`;
}
