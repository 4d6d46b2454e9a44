import type { Db } from "../../platform/db/client.ts";
import type { DatasetRow } from "../datasets/queries.ts";

export type DatasetListRow = DatasetRow & {
  /** From the audit journal: the datasets table itself does not say who imported. */
  imported_by: string | null;
};

/** Every imported dataset with who imported it, as the journal recorded it (null when not). */
export function listDatasetsWithImporter(db: Db): Promise<DatasetListRow[]> {
  return db.query<DatasetListRow>(
    `SELECT d.id, d.kind, d.vintage, d.file_name, d.sha256, d.imported_at,
            d.rows_read, d.rows_stored, d.rows_skipped, d.issues,
            (SELECT a.actor_label FROM audit_events a
              WHERE a.action = 'dataset.import' AND a.subject_type = 'Dataset'
                AND a.subject_id = d.id::text
              ORDER BY a.at DESC LIMIT 1) AS imported_by
       FROM datasets d
      ORDER BY d.kind, d.vintage`,
  );
}
