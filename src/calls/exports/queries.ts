import type { Queryable } from "../../platform/db/client.ts";

/** A submitted application (or one sent back for correction) and its last submitted version. */
export type ExportApplicationRow = {
  id: string;
  reference: string;
  title: string;
  status: string;
  version_number: number;
  submitted_at: Date;
  snapshot: string;
};

/** The applications the exports list, by reference: those the review dashboard lists. */
export function exportedApplications(
  db: Queryable,
  callId: string,
): Promise<ExportApplicationRow[]> {
  return db.query<ExportApplicationRow>(
    `SELECT a.id, a.reference, a.title, a.status, v.number AS version_number, v.submitted_at,
            v.snapshot
       FROM applications a
       JOIN LATERAL (SELECT number, submitted_at, snapshot FROM application_versions
                      WHERE application_id = a.id ORDER BY number DESC LIMIT 1) v ON true
      WHERE a.call_id = $1 AND a.status IN ('submitted', 'correction_requested')
      ORDER BY a.reference`,
    [callId],
  );
}

export type VersionFileRow = {
  label_fr: string;
  label_en: string;
  file_name: string;
  content: Uint8Array;
};

/** The files of one submitted version, in the order of the call's documents. */
export function versionFiles(
  db: Queryable,
  applicationId: string,
  versionNumber: number,
): Promise<VersionFileRow[]> {
  return db.query<VersionFileRow>(
    `SELECT d.label_fr, d.label_en, f.file_name, f.content
       FROM application_version_files f
       JOIN call_documents d ON d.id = f.call_document_id
      WHERE f.application_id = $1 AND f.number = $2
      ORDER BY d.position`,
    [applicationId, versionNumber],
  );
}
