import type { Queryable } from "../../platform/db/client.ts";
import type { Party } from "../../shared/party.ts";
import { type Visibility, visibleSql } from "../shared/visibility.ts";
import type { Known } from "./check.ts";
import { type Organisation, type OrganisationIndex, organisationIndex } from "./names.ts";

/** A project as the file carries it; money in cents per currency, as exact decimal strings. */
export type ExportRow = {
  code: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  kind: string;
  status: string;
  owner_party: string;
  confidential_to: string | null;
  published: boolean;
  lines: string[];
  materials: string[];
  stages: string[];
  region: string | null;
  country_id: string | null;
  latitude: string | null;
  longitude: string | null;
  start_on: string | null;
  end_on: string | null;
  partners: string[];
  committed_cad: string;
  committed_eur: string;
  disbursed_cad: string;
  disbursed_eur: string;
};

/**
 * The projects the actor may see, one row each. Money sums only the financing lines the actor
 * may see (a line can be confidential inside a shared project); callers drop the money columns
 * for those who may not read financing at all.
 */
export async function loadExportRows(db: Queryable, v: Visibility): Promise<ExportRow[]> {
  const params: unknown[] = [];
  const projectVisible = visibleSql(v, "p", params, { publishedColumn: true });
  const lineVisible = visibleSql(v, "f", params);
  return db.query<ExportRow>(
    `WITH lines AS (
       SELECT f.project_id, f.currency, f.amount_cents AS committed,
              COALESCE((SELECT sum(d.amount_cents) FROM financing_disbursements d
                        WHERE d.commitment_id = f.id), 0) AS disbursed
       FROM financing_commitments f WHERE ${lineVisible}
     ), money AS (
       SELECT project_id,
              COALESCE(sum(committed) FILTER (WHERE currency = 'CAD'), 0)::text AS committed_cad,
              COALESCE(sum(committed) FILTER (WHERE currency = 'EUR'), 0)::text AS committed_eur,
              COALESCE(sum(disbursed) FILTER (WHERE currency = 'CAD'), 0)::text AS disbursed_cad,
              COALESCE(sum(disbursed) FILTER (WHERE currency = 'EUR'), 0)::text AS disbursed_eur
       FROM lines GROUP BY project_id
     )
     SELECT p.code, p.title_fr, p.title_en, p.summary_fr, p.summary_en, p.kind, p.status,
            p.owner_party, p.confidential_to, p.published, p.region, p.country_id,
            p.latitude::text AS latitude, p.longitude::text AS longitude, p.start_on, p.end_on,
            ARRAY(SELECT k.action_line_code FROM action_line_links k
                  JOIN action_lines l ON l.code = k.action_line_code
                  JOIN priorities pr ON pr.code = l.priority_code
                  WHERE k.subject_type = 'Project' AND k.subject_id = p.id::text
                  ORDER BY pr.position, l.position) AS lines,
            ARRAY(SELECT material_id FROM project_materials WHERE project_id = p.id
                  ORDER BY material_id) AS materials,
            ARRAY(SELECT s.id FROM project_stages ps JOIN stages s ON s.id = ps.stage_id
                  WHERE ps.project_id = p.id ORDER BY s.position) AS stages,
            ARRAY(SELECT o.name || ' (' || pp.role || ')' FROM project_partners pp
                  JOIN organisations o ON o.id = pp.organisation_id
                  WHERE pp.project_id = p.id ORDER BY o.name, pp.role) AS partners,
            COALESCE(m.committed_cad, '0') AS committed_cad,
            COALESCE(m.committed_eur, '0') AS committed_eur,
            COALESCE(m.disbursed_cad, '0') AS disbursed_cad,
            COALESCE(m.disbursed_eur, '0') AS disbursed_eur
     FROM projects p LEFT JOIN money m ON m.project_id = p.id
     WHERE ${projectVisible}
     ORDER BY p.code`,
    params,
  );
}

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
  owner_party: Party;
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

/** What the checks of a file of projects need of the database, read once for the whole file. */
export async function loadKnown(db: Queryable): Promise<Known> {
  const ids = async (sql: string) =>
    new Set((await db.query<{ id: string }>(sql)).map((r) => r.id));
  return {
    codes: await ids("SELECT code AS id FROM projects"),
    lines: await ids("SELECT code AS id FROM action_lines"),
    materials: await ids("SELECT id FROM materials"),
    stages: await ids("SELECT id FROM stages"),
    countries: await ids("SELECT id FROM countries"),
    organisations: await loadOrganisations(db),
  };
}

export async function loadOrganisations(db: Queryable): Promise<OrganisationIndex> {
  return organisationIndex(
    await db.query<Organisation>("SELECT id::text AS id, name FROM organisations"),
  );
}
