import { sha256 } from "../../platform/auth/session/secrets.ts";
import type { Queryable } from "../../platform/db/client.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import type { Deadline } from "./schema.ts";
import { OPEN_STATUSES, type Outcome, type Status } from "./status.ts";

export type RequestRow = {
  id: string;
  reference: string;
  jurisdiction: Jurisdiction;
  channel: string;
  received_on: string;
  subject: string;
  documents_sought: string;
  lang: Lang;
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

/** Decisions sent but not yet in the disclosure log: the register's reminder. */
export async function countToPublish(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM access_requests WHERE sent_on IS NOT NULL AND published_on IS NULL
       AND outcome IN ('full', 'partial')`,
  );
  return row?.n ?? 0;
}

export async function listOfficers(db: Queryable) {
  return db.query<{ id: string; name: string }>(
    `SELECT id, name FROM users WHERE role IN ('access-officer', 'admin') AND disabled_at IS NULL
      ORDER BY name`,
  );
}

export type ThirdPartyRow = {
  id: string;
  third_party: string;
  sent_on: string;
  answer_due_on: string;
  answer: string | null;
  answered_on: string | null;
};

export function listThirdParties(db: Queryable, requestId: string) {
  return db.query<ThirdPartyRow>(
    `SELECT id, third_party, sent_on, answer_due_on, answer, answered_on
       FROM access_third_party_notices WHERE request_id = $1 ORDER BY sent_on, third_party`,
    [requestId],
  );
}
