import { sha256 } from "../../platform/auth/secrets.ts";
import type { Queryable } from "../../platform/db/client.ts";
import type { Jurisdiction } from "./intake.ts";
import { OPEN_STATUSES, type Outcome, type Status } from "./status.ts";
import { listThirdParties } from "./third-parties.ts";

export type RequestRow = {
  id: string;
  reference: string;
  jurisdiction: Jurisdiction;
  channel: string;
  received_on: string;
  subject: string;
  documents_sought: string;
  lang: "fr" | "en";
  status: Status;
  outcome: Outcome | null;
  due_on: string;
  extended_on: string | null;
  decided_on: string | null;
  sent_on: string | null;
  officer_id: string | null;
  officer_name: string | null;
  public_summary: string | null;
  public_title_fr: string | null;
  public_title_en: string | null;
  published_on: string | null;
};

const REQUEST_COLUMNS = `r.id, r.reference, r.jurisdiction, r.channel, r.received_on, r.subject,
  r.documents_sought, r.lang, r.status, r.outcome, r.due_on, r.extended_on, r.decided_on,
  r.sent_on, r.officer_id, u.name AS officer_name, r.public_summary, r.published_on,
  r.public_title_fr, r.public_title_en`;

export type Deadline = "overdue" | "soon";

export type RequestFilter = {
  status?: Status | undefined;
  jurisdiction?: Jurisdiction | undefined;
  deadline?: Deadline | undefined;
  q?: string | undefined;
  page: number;
  perPage: number;
};

/** The register for officers: open requests first, most urgent deadline first. */
export async function listRequests(db: Queryable, f: RequestFilter, today: string) {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (f.status) where.push(`r.status = ${p(f.status)}`);
  if (f.jurisdiction) where.push(`r.jurisdiction = ${p(f.jurisdiction)}`);
  if (f.q) {
    const like = p(`%${f.q}%`);
    where.push(`(r.reference ILIKE ${like} OR r.subject ILIKE ${like})`);
  }
  if (f.deadline) {
    where.push(`r.status = ANY(${p(OPEN_STATUSES)})`);
    const t = p(today);
    where.push(
      f.deadline === "overdue" ? `r.due_on < ${t}` : `r.due_on BETWEEN ${t} AND (${t}::date + 5)`,
    );
  }
  const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM access_requests r ${clause}`,
    params,
  );
  const rows = await db.query<RequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM access_requests r LEFT JOIN users u ON u.id = r.officer_id
     ${clause}
     ORDER BY (r.status = ANY($${params.length + 1})) DESC, r.due_on, r.reference
     LIMIT $${params.length + 2} OFFSET $${params.length + 3}`,
    [...params, OPEN_STATUSES, f.perPage, (f.page - 1) * f.perPage],
  );
  return { total: count?.n ?? 0, rows };
}

export async function findRequest(db: Queryable, reference: string): Promise<RequestRow | null> {
  const [row] = await db.query<RequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM access_requests r LEFT JOIN users u ON u.id = r.officer_id
      WHERE r.reference = $1`,
    [reference],
  );
  return row ?? null;
}

/** The request whose receipt link carries this token; null for any other pair, alike. */
export async function findRequestByReceipt(
  db: Queryable,
  reference: string,
  token: string,
): Promise<RequestRow | null> {
  const [row] = await db.query<RequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM access_requests r LEFT JOIN users u ON u.id = r.officer_id
      WHERE r.reference = $1 AND r.receipt_token_hash = $2`,
    [reference, sha256(token)],
  );
  return row ?? null;
}

export type RequesterRow = {
  name: string;
  email: string | null;
  postal_address: string | null;
  phone: string | null;
};

/** Personal information: call only where the policy lets the actor read the requester. */
export async function findRequester(
  db: Queryable,
  requestId: string,
): Promise<RequesterRow | null> {
  const [row] = await db.query<RequesterRow>(
    `SELECT name, email, postal_address, phone FROM access_requesters WHERE request_id = $1`,
    [requestId],
  );
  return row ?? null;
}

export type HistoryRow = {
  from_status: Status | null;
  to_status: Status;
  on_date: string;
  note: string | null;
  by_name: string | null;
  at: Date;
};

export type SearchRow = {
  unit: string;
  searched_on: string;
  result: string;
  by_name: string | null;
};

export type DocumentRow = {
  id: string;
  position: number;
  title: string;
  file_name: string;
  sha256: string;
  pages: number;
  decision: "pending" | "accessible" | "partial" | "refused";
  articles: string[];
  redactions: {
    page: number;
    x: number;
    y: number;
    width: number;
    height: number;
    label: string;
  }[];
  redacted: boolean;
};

export type LetterRow = { id: string; kind: string; lang: string; sent_on: string; at: Date };

/** Everything the officer's page shows about a request besides the requester. */
export async function requestFile(db: Queryable, requestId: string) {
  const [history, searches, documents, letters, thirdParties] = await Promise.all([
    db.query<HistoryRow>(
      `SELECT h.from_status, h.to_status, h.on_date, h.note, u.name AS by_name, h.at
         FROM access_status_history h LEFT JOIN users u ON u.id = h.by_user
        WHERE h.request_id = $1 ORDER BY h.at, h.on_date`,
      [requestId],
    ),
    db.query<SearchRow>(
      `SELECT s.unit, s.searched_on, s.result, u.name AS by_name
         FROM access_search_log s LEFT JOIN users u ON u.id = s.by_user
        WHERE s.request_id = $1 ORDER BY s.searched_on, s.at`,
      [requestId],
    ),
    listDocuments(db, requestId),
    db.query<LetterRow>(
      `SELECT id, kind, lang, sent_on, at FROM access_letters WHERE request_id = $1 ORDER BY at`,
      [requestId],
    ),
    listThirdParties(db, requestId),
  ]);
  return { history, searches, documents, letters, thirdParties };
}

export function listDocuments(db: Queryable, requestId: string) {
  return db.query<DocumentRow>(
    `SELECT id, position, title, file_name, sha256, pages, decision, articles, redactions,
            redacted_content IS NOT NULL AS redacted
       FROM access_documents WHERE request_id = $1 ORDER BY position`,
    [requestId],
  );
}

/** The file to release: the redacted version of a partially accessible document. */
export async function releasedContent(
  db: Queryable,
  requestId: string,
  documentId: string,
): Promise<{ title: string; content: Uint8Array } | null> {
  const [row] = await db.query<{ title: string; content: Uint8Array | null }>(
    `SELECT title,
            CASE decision WHEN 'accessible' THEN content WHEN 'partial' THEN redacted_content END AS content
       FROM access_documents WHERE id = $1 AND request_id = $2`,
    [documentId, requestId],
  );
  return row?.content ? { title: row.title, content: row.content } : null;
}

/** The original as received from the unit searched, for officers only. */
export async function originalContent(db: Queryable, requestId: string, documentId: string) {
  const [row] = await db.query<{ title: string; content: Uint8Array }>(
    `SELECT title, content FROM access_documents WHERE id = $1 AND request_id = $2`,
    [documentId, requestId],
  );
  return row ?? null;
}

export async function listOfficers(db: Queryable) {
  return db.query<{ id: string; name: string }>(
    `SELECT id, name FROM users WHERE role IN ('access-officer', 'admin') AND disabled_at IS NULL
      ORDER BY name`,
  );
}
