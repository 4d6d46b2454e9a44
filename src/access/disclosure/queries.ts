import type { Queryable } from "../../platform/db/client.ts";
import { versioned } from "../../platform/db/versioned-cache.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import type { Outcome } from "../requests/status.ts";

export type PublishedRow = {
  id: string;
  reference: string;
  jurisdiction: Jurisdiction;
  received_on: string;
  decided_on: string;
  sent_on: string;
  published_on: string;
  subject: string;
  outcome: Outcome;
  public_summary: string;
  public_title_fr: string | null;
  public_title_en: string | null;
};

const PUBLISHED_COLUMNS = `id, reference, jurisdiction, received_on, decided_on, sent_on,
  published_on, subject, outcome, public_summary, public_title_fr, public_title_en`;

type LogFilter = { q?: string | undefined; page: number; perPage: number };

/**
 * The public disclosure log, newest first, searchable by words of its title, subject or summary.
 * Unfiltered pages, which every visitor reads, are read once per change of the requests.
 */
export function listPublished(db: Queryable, f: LogFilter) {
  if (f.q) return readPublished(db, f);
  return versioned(db, "disclosure", `log|${f.page}|${f.perPage}`, () => readPublished(db, f));
}

async function readPublished(db: Queryable, f: LogFilter) {
  const params: unknown[] = [];
  let where = "published_on IS NOT NULL";
  if (f.q) {
    params.push(`%${f.q}%`);
    where += ` AND (reference ILIKE $1 OR subject ILIKE $1 OR public_summary ILIKE $1
      OR public_title_fr ILIKE $1 OR public_title_en ILIKE $1)`;
  }
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM access_requests WHERE ${where}`,
    params,
  );
  const rows = await db.query<PublishedRow>(
    `SELECT ${PUBLISHED_COLUMNS} FROM access_requests WHERE ${where}
      ORDER BY published_on DESC, reference DESC
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.perPage, (f.page - 1) * f.perPage],
  );
  return { total: count?.n ?? 0, rows };
}

export async function findPublished(db: Queryable, reference: string) {
  const [row] = await db.query<PublishedRow>(
    `SELECT ${PUBLISHED_COLUMNS} FROM access_requests
      WHERE reference = $1 AND published_on IS NOT NULL`,
    [reference],
  );
  if (!row) return null;
  const documents = await db.query<{
    id: string;
    title: string;
    decision: "accessible" | "partial" | "refused";
    articles: string[];
    pages: number;
  }>(
    `SELECT id, title, decision, articles, pages FROM access_documents
      WHERE request_id = $1 AND decision <> 'pending' ORDER BY position`,
    [row.id],
  );
  return { ...row, documents };
}
