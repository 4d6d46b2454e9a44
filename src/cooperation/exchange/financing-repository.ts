import type { Queryable } from "../../platform/db/client.ts";
import { type Visibility, visibleSql } from "../visibility.ts";

/** A financing line as the file carries it; the amount in cents, as an exact decimal string. */
export type FinancingExportRow = {
  project_code: string;
  funder_name: string;
  source: string;
  party: string;
  currency: string;
  amount_cents: string;
  committed_on: string;
  confidential_to: string | null;
  note: string | null;
};

/** The lines the actor may see: both the project and the line must be visible. */
export async function loadFinancingRows(
  db: Queryable,
  v: Visibility,
): Promise<FinancingExportRow[]> {
  const params: unknown[] = [];
  const projectVisible = visibleSql(v, "p", params, { publishedColumn: true });
  const lineVisible = visibleSql(v, "f", params);
  return db.query<FinancingExportRow>(
    `SELECT p.code AS project_code, o.name AS funder_name, f.source, f.party, f.currency,
            f.amount_cents::text AS amount_cents, f.committed_on, f.confidential_to, f.note
     FROM financing_commitments f
     JOIN projects p ON p.id = f.project_id
     JOIN organisations o ON o.id = f.funder_id
     WHERE ${projectVisible} AND ${lineVisible}
     ORDER BY p.code, f.committed_on, lower(o.name), f.currency, f.amount_cents, f.id`,
    params,
  );
}

/** A line already recorded, as the duplicate check compares them. */
export type LineKey = {
  projectId: string;
  funderId: string;
  currency: string;
  cents: bigint;
  committedOn: string;
};

export const lineKey = (k: LineKey) =>
  [k.projectId, k.funderId, k.currency, String(k.cents), k.committedOn].join("|");

/**
 * The keys of the lines the actor may see, to skip a line imported twice. Lines hidden from
 * the actor are not compared: saying "already there" would reveal that they exist.
 */
export async function visibleLineKeys(
  db: Queryable,
  v: Visibility,
  projectIds: string[],
): Promise<Set<string>> {
  const params: unknown[] = [projectIds];
  const rows = await db.query<{ key: string }>(
    `SELECT concat_ws('|', f.project_id, f.funder_id, f.currency, f.amount_cents,
                      to_char(f.committed_on, 'YYYY-MM-DD')) AS key
     FROM financing_commitments f JOIN projects p ON p.id = f.project_id
     WHERE f.project_id = ANY($1::uuid[])
       AND ${visibleSql(v, "p", params, { publishedColumn: true })} AND ${visibleSql(v, "f", params)}`,
    params,
  );
  return new Set(rows.map((r) => r.key));
}

export type ProjectTarget = {
  id: string;
  code: string;
  owner_party: "qc" | "fr";
};

/** The projects the actor may see, by code: a hidden one is as unknown as a missing one. */
export async function visibleProjects(
  db: Queryable,
  v: Visibility,
): Promise<Map<string, ProjectTarget>> {
  const params: unknown[] = [];
  const rows = await db.query<ProjectTarget>(
    `SELECT id::text AS id, code, owner_party FROM projects p
     WHERE ${visibleSql(v, "p", params, { publishedColumn: true })}`,
    params,
  );
  return new Map(rows.map((r) => [r.code, r]));
}
