/** Reading briefs, their versions and approvals, with their authors' names. */
import type { Queryable } from "../../platform/db/client.ts";
import type { Party } from "../../shared/party.ts";
import type { BriefContent, BriefStatus } from "./model.ts";

export type Approval = { party: Party; approverId: string | null; name: string | null; at: Date };

export type Brief = {
  id: string;
  status: BriefStatus;
  content: BriefContent;
  version: number;
  author: { id: string | null; name: string | null; party: Party };
  rejectionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  approvals: Approval[];
};

export type BriefVersion = {
  number: number;
  content: BriefContent;
  authorName: string | null;
  createdAt: Date;
};

type Row = {
  id: string;
  status: BriefStatus;
  content: BriefContent;
  version: number;
  author_id: string | null;
  author_name: string | null;
  author_party: Party;
  rejection_reason: string | null;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
};

const SELECT = `SELECT b.id, b.status, b.content, b.version, b.author_id, u.name AS author_name,
       b.author_party, b.rejection_reason, b.created_at, b.updated_at, b.published_at
  FROM analysis_briefs b LEFT JOIN users u ON u.id = b.author_id`;

const brief = (r: Row, approvals: Approval[]): Brief => ({
  id: r.id,
  status: r.status,
  content: r.content,
  version: r.version,
  author: { id: r.author_id, name: r.author_name, party: r.author_party },
  rejectionReason: r.rejection_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  publishedAt: r.published_at,
  approvals,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function approvalsOf(db: Queryable, ids: string[]): Promise<Map<string, Approval[]>> {
  const rows = await db.query<{
    brief_id: string;
    party: Party;
    approver_id: string | null;
    name: string | null;
    approved_at: Date;
  }>(
    `SELECT a.brief_id, a.party, a.approver_id, u.name, a.approved_at
       FROM analysis_brief_approvals a LEFT JOIN users u ON u.id = a.approver_id
      WHERE a.brief_id = ANY($1::uuid[]) ORDER BY a.approved_at`,
    [ids],
  );
  const out = new Map<string, Approval[]>();
  for (const r of rows)
    out.set(r.brief_id, [
      ...(out.get(r.brief_id) ?? []),
      { party: r.party, approverId: r.approver_id, name: r.name, at: r.approved_at },
    ]);
  return out;
}

/** The brief, or undefined (also for an id that is not a uuid); `lock` inside a command. */
export async function findBrief(
  db: Queryable,
  id: string,
  options: { lock?: boolean } = {},
): Promise<Brief | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.query<Row>(
    `${SELECT} WHERE b.id = $1${options.lock ? " FOR UPDATE OF b" : ""}`,
    [id],
  );
  if (!row) return undefined;
  return brief(row, (await approvalsOf(db, [id])).get(id) ?? []);
}

/** Briefs in some statuses: published ones newest first, the others last changed first. */
export async function listBriefs(
  db: Queryable,
  statuses: readonly BriefStatus[],
): Promise<Brief[]> {
  const rows = await db.query<Row>(
    `${SELECT} WHERE b.status = ANY($1::text[])
      ORDER BY b.published_at DESC NULLS LAST, b.updated_at DESC, b.id`,
    [statuses],
  );
  const approvals = await approvalsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => brief(r, approvals.get(r.id) ?? []));
}

export async function listVersions(db: Queryable, id: string): Promise<BriefVersion[]> {
  const rows = await db.query<{
    number: number;
    content: BriefContent;
    name: string | null;
    created_at: Date;
  }>(
    `SELECT v.number, v.content, u.name, v.created_at FROM analysis_brief_versions v
       LEFT JOIN users u ON u.id = v.author_id WHERE v.brief_id = $1 ORDER BY v.number`,
    [id],
  );
  return rows.map((r) => ({
    number: r.number,
    content: r.content,
    authorName: r.name,
    createdAt: r.created_at,
  }));
}

/** Titles of linked projects the public may see (published, shared by both parties). */
export async function projectTitles(
  db: Queryable,
  codes: readonly string[],
  publicOnly: boolean,
): Promise<{ code: string; title_fr: string; title_en: string }[]> {
  if (codes.length === 0) return [];
  return db.query(
    `SELECT code, title_fr, title_en FROM projects
      WHERE code = ANY($1::text[]) AND confidential_to IS NULL${publicOnly ? " AND published" : ""}
      ORDER BY code`,
    [codes],
  );
}

export async function materialNames(
  db: Queryable,
  ids: readonly string[],
): Promise<{ id: string; name_fr: string; name_en: string }[]> {
  if (ids.length === 0) return [];
  return db.query(
    "SELECT id, name_fr, name_en FROM materials WHERE id = ANY($1::text[]) ORDER BY name_fr",
    [ids],
  );
}

/** Which of these project codes name projects both parties see: a brief is shared, then published. */
export async function sharedProjectCodes(
  db: Queryable,
  codes: readonly string[],
): Promise<Set<string>> {
  const rows = await db.query<{ code: string }>(
    "SELECT code FROM projects WHERE code = ANY($1::text[]) AND confidential_to IS NULL",
    [codes],
  );
  return new Set(rows.map((r) => r.code));
}
