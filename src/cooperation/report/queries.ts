import type { Queryable } from "../../platform/db/client.ts";
import { type Visibility, visibleSql } from "../shared/visibility.ts";

export type ReportProject = {
  code: string;
  title_fr: string;
  title_en: string;
  kind: string;
  status: string;
  owner_party: string;
  lines: string[];
  partners: string[];
};

export type ReportLine = {
  code: string;
  priority_code: string;
  text_fr: string;
  text_en: string;
  summary_fr: string | null;
  summary_en: string | null;
};

export type ReportPriority = { code: string; title_fr: string; title_en: string };

export type ReportData = {
  projects: ReportProject[];
  priorities: ReportPriority[];
  lines: ReportLine[];
};

/** What the report lists: the projects the actor may see, and the declaration's structure. */
export async function loadReportData(db: Queryable, v: Visibility): Promise<ReportData> {
  const params: unknown[] = [];
  const projects = await db.query<ReportProject>(
    `SELECT p.code, p.title_fr, p.title_en, p.kind, p.status, p.owner_party,
            ARRAY(SELECT k.action_line_code FROM action_line_links k
                  JOIN action_lines l ON l.code = k.action_line_code
                  JOIN priorities pr ON pr.code = l.priority_code
                  WHERE k.subject_type = 'Project' AND k.subject_id = p.id::text
                  ORDER BY pr.position, l.position) AS lines,
            ARRAY(SELECT DISTINCT o.name FROM project_partners pp
                  JOIN organisations o ON o.id = pp.organisation_id
                  WHERE pp.project_id = p.id ORDER BY o.name) AS partners
     FROM projects p WHERE ${visibleSql(v, "p", params, { publishedColumn: true })}
     ORDER BY p.code`,
    params,
  );
  const priorities = await db.query<ReportPriority>(
    "SELECT code, title_fr, title_en FROM priorities ORDER BY position",
  );
  const lines = await db.query<ReportLine>(
    `SELECT l.code, l.priority_code, l.text_fr, l.text_en, l.summary_fr, l.summary_en
     FROM action_lines l JOIN priorities p ON p.code = l.priority_code
     ORDER BY p.position, l.position`,
  );
  return { projects, priorities, lines };
}

export type NativeTotals = { currency: "CAD" | "EUR"; committed: bigint; disbursed: bigint };

/** Committed and disbursed per currency, over the financing lines the actor may see. */
export async function loadNativeTotals(db: Queryable, v: Visibility): Promise<NativeTotals[]> {
  const params: unknown[] = [];
  const where = `${visibleSql(v, "p", params, { publishedColumn: true })} AND ${visibleSql(v, "f", params)}`;
  const rows = await db.query<{ currency: "CAD" | "EUR"; committed: string; disbursed: string }>(
    `SELECT c.currency, COALESCE(sum(f.amount_cents), 0)::text AS committed,
            COALESCE(sum((SELECT sum(d.amount_cents) FROM financing_disbursements d
                           WHERE d.commitment_id = f.id)), 0)::text AS disbursed
     FROM (VALUES ('CAD'), ('EUR')) AS c(currency)
     LEFT JOIN (financing_commitments f JOIN projects p ON p.id = f.project_id AND ${where})
       ON f.currency = c.currency
     GROUP BY c.currency ORDER BY c.currency`,
    params,
  );
  return rows.map((r) => ({
    currency: r.currency,
    committed: BigInt(r.committed),
    disbursed: BigInt(r.disbursed),
  }));
}
