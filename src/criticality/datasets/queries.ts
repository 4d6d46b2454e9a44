import type { Db } from "../../platform/db/client.ts";
import type { IssueGroup } from "./issues.ts";

export type DatasetRow = {
  id: string;
  kind: string;
  vintage: string;
  file_name: string;
  sha256: string;
  imported_at: Date;
  rows_read: number;
  rows_stored: number;
  rows_skipped: number;
  /** The source's anomalies as the import reported them (grouped by reason and action). */
  issues: IssueGroup[];
};

export async function findDataset(
  db: Db,
  kind: string,
  vintage: string,
): Promise<DatasetRow | undefined> {
  const [row] = await db.query<DatasetRow>(
    "SELECT * FROM datasets WHERE kind = $1 AND vintage = $2",
    [kind, vintage],
  );
  return row;
}

export async function listDatasets(db: Db): Promise<DatasetRow[]> {
  return db.query<DatasetRow>("SELECT * FROM datasets ORDER BY kind, vintage");
}

/** Whether these very bytes (same SHA-256) are already imported as this kind and vintage. */
export async function isImported(
  db: Db,
  d: { kind: string; vintage: string; sha256: string },
): Promise<boolean> {
  const rows = await db.query(
    "SELECT 1 FROM datasets WHERE kind = $1 AND vintage = $2 AND sha256 = $3",
    [d.kind, d.vintage, d.sha256],
  );
  return rows.length > 0;
}
