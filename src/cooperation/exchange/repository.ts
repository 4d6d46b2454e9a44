import type { Queryable } from "../../platform/db/client.ts";
import { type Visibility, visibleSql } from "../visibility.ts";

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
