import fs from "node:fs";
import path from "node:path";
import { CLI_PERFORMER, type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { insertRows } from "../../platform/db/insert-rows.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { type Reference, reference } from "../reference/reference.ts";
import { decodeText, sha256 } from "./decode.ts";
import { groupIssues, type IssueGroup, skippedLines } from "./issues.ts";
import { importerFor } from "./kinds.ts";
import { type DatasetRow, findDataset } from "./queries.ts";
import { syncReference } from "./reference-sync.ts";

export type ImportOptions = {
  kind: string;
  /** The file's bytes, or its path (read here). */
  file: string | { name: string; bytes: Uint8Array };
  vintage?: string | undefined;
  performer?: Performer;
  ref?: Reference;
  /** Writes the reference tables first (false when the caller has just done so). */
  syncReference?: boolean;
  /** Rows written so far out of all; a test may throw here to abort half-way. */
  onProgress?: (written: number, total: number) => void | Promise<void>;
};

export type ImportReport = {
  status: "imported" | "unchanged";
  datasetId: string;
  kind: string;
  vintage: string;
  fileName: string;
  sha256: string;
  encoding: "utf-8" | "windows-1252";
  rowsRead: number;
  rowsStored: number;
  rowsSkipped: number;
  issues: IssueGroup[];
};

/**
 * Imports one file: parse, then in ONE transaction replace the rows of the same kind and
 * vintage. A failure half-way leaves the previous import in place. The same bytes imported
 * again change nothing (status "unchanged").
 */
export async function importDataset(db: Db, options: ImportOptions): Promise<ImportReport> {
  const { importer, example } = importerFor(options.kind);
  const { name, bytes } = readInput(options.file);
  const { text, encoding } = decodeText(bytes);
  const hash = sha256(bytes);
  const ref = options.ref ?? reference();
  const parsed = importer.parse(text, {
    fileName: name,
    vintage: options.vintage?.trim() || undefined,
    ref,
  });
  const vintage = parsed.vintage;
  if (!vintage) throw fail("dataset_vintage_required", { file: name, example });
  const base = { kind: importer.kind, vintage, fileName: name, sha256: hash, encoding };
  const previous = await findDataset(db, importer.kind, vintage);
  if (previous?.sha256 === hash) return { status: "unchanged", ...base, ...fromRow(previous) };
  const tables = importer.tables(parsed.rows, vintage);
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  const stored = tables.reduce((n, t) => n + (t.counted === false ? 0 : t.rows.length), 0);
  const issues = groupIssues(parsed.issues);
  const counts = {
    rowsRead: parsed.rowsRead,
    rowsStored: stored,
    rowsSkipped: skippedLines(parsed.issues),
  };
  const performer = options.performer ?? CLI_PERFORMER;
  const datasetId = await runCommand(db, performer, "dataset.import", async ({ tx, audit }) => {
    if (options.syncReference !== false) await syncReference(tx, ref);
    await tx.query("DELETE FROM datasets WHERE kind = $1 AND vintage = $2", [
      importer.kind,
      vintage,
    ]);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO datasets (kind, vintage, file_name, sha256, rows_read, rows_stored, rows_skipped, issues)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        importer.kind,
        vintage,
        name,
        hash,
        counts.rowsRead,
        stored,
        counts.rowsSkipped,
        JSON.stringify(issues),
      ],
    );
    const id = row?.id as string;
    let done = 0;
    await options.onProgress?.(0, total);
    for (const t of tables) {
      const prefix = t.withDatasetId === false ? [] : ["dataset_id"];
      const rows = t.withDatasetId === false ? t.rows : t.rows.map((r) => [id, ...r]);
      const before = done;
      await insertRows(tx, t.table, [...prefix, ...t.columns], rows, {
        afterBatch: (written) => options.onProgress?.(before + written, total),
      });
      done += rows.length;
    }
    await audit({
      subjectType: "Dataset",
      subjectId: id,
      changes: {
        kind: { from: null, to: importer.kind },
        vintage: { from: null, to: vintage },
        sha256: { from: previous?.sha256 ?? null, to: hash },
        rows_stored: { from: previous?.rows_stored ?? null, to: stored },
      },
    });
    return id;
  });
  return { status: "imported", ...base, datasetId, ...counts, issues };
}

const fromRow = (r: DatasetRow) => ({
  datasetId: r.id,
  rowsRead: r.rows_read,
  rowsStored: r.rows_stored,
  rowsSkipped: r.rows_skipped,
  issues: r.issues,
});

function readInput(file: ImportOptions["file"]): { name: string; bytes: Uint8Array } {
  if (typeof file !== "string") return file;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw fail("dataset_file_not_found", { file });
  return { name: path.basename(file), bytes: fs.readFileSync(file) };
}
