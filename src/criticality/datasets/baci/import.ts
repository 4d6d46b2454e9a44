import fs from "node:fs";
import path from "node:path";
import type { Performer } from "../../../platform/audit/commands.ts";
import type { Db } from "../../../platform/db/client.ts";
import { storeImportSources } from "./commands.ts";
import type { HsMaterialMap } from "./hs-map.ts";
import { type BaciParseReport, parseBaciStream } from "./parse.ts";

export type ImportProgress =
  | { stage: "reading"; bytesRead: number; totalBytes: number | undefined }
  | { stage: "storing"; rowsWritten: number; totalRows: number };

export type BaciImportOptions = {
  hsToMaterials: HsMaterialMap;
  /** The dataset as it will be cited, e.g. "BACI HS22 V202501" (see baciFileInfo). */
  source: string;
  vintage: string;
  onProgress?: (progress: ImportProgress) => void;
  performer?: Performer;
  batchSize?: number;
};

export type BaciImportReport = BaciParseReport & {
  importId: string;
  source: string;
  /** Import sources written (importer × material × year × exporter). */
  aggregates: number;
  /** Rows of the same source and years that the import replaced. */
  flowsReplaced: number;
  /** Reading the file; `ms` is the whole import, reading and storing. */
  readMs: number;
};

// Large reads: fewer chunks, fewer trips through the event loop (measured in bench/).
const CHUNK_BYTES = 1024 * 1024;

/**
 * Imports one BACI year file: reads it outside any transaction (it takes seconds), then writes
 * its sums in one transaction that replaces the rows of the same source and years.
 */
export async function importBaciFile(
  db: Db,
  file: string,
  options: BaciImportOptions,
): Promise<BaciImportReport> {
  const started = performance.now();
  const totalBytes = (await fs.promises.stat(file)).size;
  const { aggregates, report } = await parseBaciStream(
    fs.createReadStream(file, { highWaterMark: CHUNK_BYTES }),
    options.hsToMaterials,
    {
      totalBytes,
      onProgress: (p) => options.onProgress?.({ stage: "reading", ...p }),
    },
  );
  const stored = await storeImportSources(
    db,
    {
      source: options.source,
      vintage: options.vintage,
      fileName: path.basename(file),
      fileBytes: totalBytes,
      report,
      aggregates,
    },
    {
      ...(options.performer && { performer: options.performer }),
      ...(options.batchSize && { batchSize: options.batchSize }),
      onProgress: (p) => options.onProgress?.({ stage: "storing", ...p }),
    },
  );
  return {
    ...report,
    ...stored,
    source: options.source,
    aggregates: aggregates.length,
    readMs: report.ms,
    ms: Math.round(performance.now() - started),
  };
}
