import type { Queryable } from "../../platform/db/client.ts";
import type { ApplicationStatus, Currency, PartnerParty } from "./schema.ts";

/** What an application needs of its call: dates, rules and the documents to attach. */
export type CallRow = {
  id: string;
  code: string;
  title_fr: string;
  title_en: string;
  status: string;
  opens_at: Date;
  closes_at: Date;
  time_zone: string;
  max_funding_qc_cents: number;
  max_funding_fr_cents: number;
  cofinancing_rate_pct: string;
  min_partners_per_party: number;
};
export type CallDocumentRow = { id: string; label_fr: string; label_en: string; required: boolean };
export type CallForApplication = CallRow & { documents: CallDocumentRow[] };

const CALL_COLUMNS = `id, code, title_fr, title_en, status, opens_at, closes_at, time_zone,
  max_funding_qc_cents, max_funding_fr_cents, cofinancing_rate_pct, min_partners_per_party`;

async function withDocuments(db: Queryable, call: CallRow | undefined) {
  if (!call) return undefined;
  const documents = await db.query<CallDocumentRow>(
    `SELECT id, label_fr, label_en, required FROM call_documents
      WHERE call_id = $1 ORDER BY position, id`,
    [call.id],
  );
  return { ...call, documents };
}

/** A published call by its public code (drafts of calls take no application). */
export async function loadCallForApplication(
  db: Queryable,
  code: string,
): Promise<CallForApplication | undefined> {
  const [call] = await db.query<CallRow>(
    `SELECT ${CALL_COLUMNS} FROM calls WHERE code = $1 AND status = 'published'`,
    [code],
  );
  return withDocuments(db, call);
}

export async function loadCallById(db: Queryable, id: string) {
  const [call] = await db.query<CallRow>(`SELECT ${CALL_COLUMNS} FROM calls WHERE id = $1`, [id]);
  return withDocuments(db, call);
}

export type ApplicationRow = {
  id: string;
  call_id: string;
  call_code: string;
  call_title_fr: string;
  call_title_en: string;
  owner_id: string;
  owner_email: string;
  owner_name: string;
  status: ApplicationStatus;
  language: "fr" | "en";
  title: string;
  summary_fr: string;
  summary_en: string;
  reference: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  withdrawn_at: Date | null;
  member_emails: string[];
};

const APPLICATION_SELECT = `
  SELECT a.id, a.call_id, c.code AS call_code, c.title_fr AS call_title_fr,
         c.title_en AS call_title_en, a.owner_id, u.email AS owner_email, u.name AS owner_name,
         a.status, a.language, a.title, a.summary_fr, a.summary_en, a.reference, a.created_at,
         a.updated_at, a.submitted_at, a.withdrawn_at,
         COALESCE((SELECT array_agg(m.email ORDER BY m.invited_at, m.email)
                     FROM application_members m WHERE m.application_id = a.id),
                  '{}') AS member_emails
    FROM applications a
    JOIN calls c ON c.id = a.call_id
    JOIN users u ON u.id = a.owner_id`;

/** The applications a user owns or was invited to, newest first. */
export function listApplicationsOf(db: Queryable, user: { id: string; email: string }) {
  return db.query<ApplicationRow>(
    `${APPLICATION_SELECT}
      WHERE a.owner_id = $1
         OR EXISTS (SELECT 1 FROM application_members m
                     WHERE m.application_id = a.id AND lower(m.email) = lower($2))
      ORDER BY a.updated_at DESC, a.id`,
    [user.id, user.email],
  );
}

/** Submitted applications of every call, for officials (never drafts). */
export function listSubmittedApplications(db: Queryable) {
  return db.query<ApplicationRow>(
    `${APPLICATION_SELECT}
      WHERE a.status <> 'draft'
      ORDER BY c.code DESC, a.reference`,
  );
}

/** One application by its id or its receipt number; the caller checks who may see it. */
export async function loadApplication(
  db: Queryable,
  idOrReference: string,
): Promise<ApplicationRow | undefined> {
  const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
    idOrReference,
  );
  const [row] = await db.query<ApplicationRow>(
    `${APPLICATION_SELECT} WHERE ${byId ? "a.id = $1::uuid" : "a.reference = $1"}`,
    [idOrReference],
  );
  return row;
}

export type PartnerRow = {
  id: string;
  position: number;
  name: string;
  party: PartnerParty;
  kind: string;
  role: "lead" | "partner";
  organisation_id: string | null;
};
export type BudgetLineRow = {
  id: string;
  partner_id: string;
  year: number;
  amount_cents: number;
  currency: Currency;
  description: string;
};
export type FundingRow = { party: "qc" | "fr"; amount_cents: number };
export type AttachmentRow = {
  id: string;
  call_document_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: Date;
};
export type ApplicationContent = {
  partners: PartnerRow[];
  budget: BudgetLineRow[];
  funding: FundingRow[];
  attachments: AttachmentRow[];
};

/** The application's partners, budget, funding asked and attachments (without their bytes). */
export async function loadApplicationContent(
  db: Queryable,
  applicationId: string,
): Promise<ApplicationContent> {
  const [partners, budget, funding, attachments] = await Promise.all([
    db.query<PartnerRow>(
      `SELECT id, position, name, party, kind, role, organisation_id FROM application_partners
        WHERE application_id = $1 ORDER BY position`,
      [applicationId],
    ),
    db.query<BudgetLineRow>(
      `SELECT b.id, b.partner_id, b.year, b.amount_cents, b.currency, b.description
         FROM application_budget_lines b JOIN application_partners p ON p.id = b.partner_id
        WHERE b.application_id = $1 ORDER BY p.position, b.year, b.id`,
      [applicationId],
    ),
    db.query<FundingRow>(
      `SELECT party, amount_cents FROM application_funding_requests
        WHERE application_id = $1 ORDER BY party DESC`,
      [applicationId],
    ),
    db.query<AttachmentRow>(
      `SELECT a.id, a.call_document_id, a.file_name, a.content_type, a.size_bytes, a.sha256,
              a.uploaded_at
         FROM application_attachments a JOIN call_documents d ON d.id = a.call_document_id
        WHERE a.application_id = $1 ORDER BY d.position, d.id`,
      [applicationId],
    ),
  ]);
  return { partners, budget, funding, attachments };
}

export type VersionRow = {
  number: number;
  submitted_at: Date;
  snapshot: string;
  sha256: string;
};

/** The last submitted version: what the proof of submission shows. */
export async function latestVersion(
  db: Queryable,
  applicationId: string,
): Promise<VersionRow | undefined> {
  const [row] = await db.query<VersionRow>(
    `SELECT number, submitted_at, snapshot, sha256 FROM application_versions
      WHERE application_id = $1 ORDER BY number DESC LIMIT 1`,
    [applicationId],
  );
  return row;
}

export type StoredFile = { file_name: string; content: Uint8Array };

/** The draft's current file for a document. */
export async function loadDraftFile(
  db: Queryable,
  applicationId: string,
  documentId: string,
): Promise<StoredFile | undefined> {
  const [row] = await db.query<StoredFile>(
    `SELECT file_name, content FROM application_attachments
      WHERE application_id = $1 AND call_document_id = $2`,
    [applicationId, documentId],
  );
  return row;
}

/** A document's file as the last submitted version holds it. */
export async function loadSubmittedFile(
  db: Queryable,
  applicationId: string,
  documentId: string,
): Promise<StoredFile | undefined> {
  const [row] = await db.query<StoredFile>(
    `SELECT file_name, content FROM application_version_files
      WHERE application_id = $1 AND call_document_id = $2
      ORDER BY number DESC LIMIT 1`,
    [applicationId, documentId],
  );
  return row;
}
