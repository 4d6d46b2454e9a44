/** Reading financing lines, always through the portfolio's visibility rule (visibility.ts). */
import type { Queryable } from "../../platform/db/client.ts";
import { type Visibility, visibleSql } from "../visibility.ts";
import type { Currency } from "./money.ts";
import type { MoneyLine } from "./totals.ts";

export type ProjectRef = {
  id: string;
  code: string;
  owner_party: "qc" | "fr";
  confidential_to: "qc" | "fr" | null;
  published: boolean;
  title_fr: string;
  title_en: string;
};

/** The project by its code, if this visibility lets the actor see it. */
export async function findVisibleProject(
  db: Queryable,
  v: Visibility,
  code: string,
): Promise<ProjectRef | undefined> {
  const params: unknown[] = [code];
  const [row] = await db.query<ProjectRef>(
    `SELECT id, code, owner_party, confidential_to, published, title_fr, title_en
     FROM projects p WHERE p.code = $1 AND ${visibleSql(v, "p", params, { publishedColumn: true })}`,
    params,
  );
  return row;
}

export type FinancingLine = MoneyLine & {
  id: string;
  projectId: string;
  projectCode: string;
  ownerParty: "qc" | "fr";
  funderId: string;
  funderName: string;
  source: "public" | "private";
  party: "qc" | "fr" | "other";
  committedOn: string;
  confidentialTo: "qc" | "fr" | null;
  note: string | null;
};

type Row = {
  id: string;
  project_id: string;
  project_code: string;
  owner_party: "qc" | "fr";
  funder_id: string;
  funder_name: string;
  source: "public" | "private";
  party: "qc" | "fr" | "other";
  amount_cents: string;
  currency: Currency;
  committed_on: string;
  confidential_to: "qc" | "fr" | null;
  note: string | null;
  disbursed: string;
};

const SELECT = `SELECT f.id, f.project_id, p.code AS project_code, p.owner_party, f.funder_id,
    o.name AS funder_name, f.source, f.party, f.amount_cents::text AS amount_cents, f.currency,
    f.committed_on, f.confidential_to, f.note, f.disbursed_cents::text AS disbursed
  FROM financing_commitments f
  JOIN projects p ON p.id = f.project_id
  JOIN organisations o ON o.id = f.funder_id`;

/** Both the line's and its project's confidentiality (and publication, for the public). */
function visibleLines(v: Visibility, params: unknown[]): string {
  return `${visibleSql(v, "p", params, { publishedColumn: true })} AND ${visibleSql(v, "f", params)}`;
}

const toLine = (r: Row): FinancingLine => ({
  id: r.id,
  projectId: r.project_id,
  projectCode: r.project_code,
  ownerParty: r.owner_party,
  funderId: r.funder_id,
  funderName: r.funder_name,
  source: r.source,
  party: r.party,
  currency: r.currency,
  committed: BigInt(r.amount_cents),
  disbursed: BigInt(r.disbursed),
  committedOn: r.committed_on,
  confidentialTo: r.confidential_to,
  note: r.note,
});

export async function projectLines(
  db: Queryable,
  v: Visibility,
  projectId: string,
): Promise<FinancingLine[]> {
  const params: unknown[] = [projectId];
  const rows = await db.query<Row>(
    `${SELECT} WHERE f.project_id = $1 AND ${visibleLines(v, params)}
     ORDER BY f.committed_on, o.name, f.id`,
    params,
  );
  return rows.map(toLine);
}

export async function findLine(
  db: Queryable,
  v: Visibility,
  id: string,
): Promise<FinancingLine | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const params: unknown[] = [id];
  const [row] = await db.query<Row>(
    `${SELECT} WHERE f.id = $1 AND ${visibleLines(v, params)}`,
    params,
  );
  return row && toLine(row);
}

export async function listLines(
  db: Queryable,
  v: Visibility,
  page: number,
  perPage: number,
  projectCode?: string,
): Promise<{ items: FinancingLine[]; total: number }> {
  const params: unknown[] = [];
  let where = visibleLines(v, params);
  if (projectCode) {
    params.push(projectCode);
    where += ` AND p.code = $${params.length}`;
  }
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM financing_commitments f JOIN projects p ON p.id = f.project_id
     WHERE ${where}`,
    params,
  );
  params.push(perPage, (page - 1) * perPage);
  const rows = await db.query<Row>(
    `${SELECT} WHERE ${where} ORDER BY p.code, f.committed_on, f.id
     LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { items: rows.map(toLine), total: count?.n ?? 0 };
}

export async function funders(db: Queryable): Promise<{ id: string; name: string }[]> {
  return db.query("SELECT id, name FROM organisations ORDER BY lower(name)");
}
