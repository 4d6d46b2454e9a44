import type { Queryable } from "../../platform/db/client.ts";
import { type Visibility, visibleSql } from "../visibility.ts";
import type { ProjectKind, ProjectStatus } from "./labels.ts";

export type LineCounts = {
  code: string;
  text_fr: string;
  text_en: string;
  summary_fr: string | null;
  summary_en: string | null;
  total: number;
  byStatus: Partial<Record<ProjectStatus, number>>;
  byKind: Partial<Record<ProjectKind, number>>;
};

export type PriorityCounts = {
  code: string;
  title_fr: string;
  title_en: string;
  lines: LineCounts[];
};

/**
 * The portfolio by priority and line of action: how many visible projects serve each line, by
 * status and by kind. A project serving two lines counts once on each.
 */
export async function portfolioByLine(db: Queryable, v: Visibility): Promise<PriorityCounts[]> {
  const params: unknown[] = [];
  const visible = visibleSql(v, "p", params, { publishedColumn: true });
  const [lines, counts] = await Promise.all([
    db.query<{
      code: string;
      text_fr: string;
      text_en: string;
      summary_fr: string | null;
      summary_en: string | null;
      priority_code: string;
      priority_fr: string;
      priority_en: string;
    }>(
      `SELECT l.code, l.text_fr, l.text_en, l.summary_fr, l.summary_en, pr.code AS priority_code,
         pr.title_fr AS priority_fr, pr.title_en AS priority_en
       FROM action_lines l JOIN priorities pr ON pr.code = l.priority_code
       ORDER BY pr.position, l.position`,
    ),
    db.query<{ code: string; status: ProjectStatus; kind: ProjectKind; n: number }>(
      `SELECT k.action_line_code AS code, p.status, p.kind, count(*)::int AS n
       FROM action_line_links k JOIN projects p ON p.id::text = k.subject_id
       WHERE k.subject_type = 'Project' AND ${visible}
       GROUP BY k.action_line_code, p.status, p.kind`,
      params,
    ),
  ]);
  const priorities: PriorityCounts[] = [];
  for (const l of lines) {
    let priority = priorities.at(-1);
    if (priority?.code !== l.priority_code) {
      priority = {
        code: l.priority_code,
        title_fr: l.priority_fr,
        title_en: l.priority_en,
        lines: [],
      };
      priorities.push(priority);
    }
    const line: LineCounts = {
      code: l.code,
      text_fr: l.text_fr,
      text_en: l.text_en,
      summary_fr: l.summary_fr,
      summary_en: l.summary_en,
      total: 0,
      byStatus: {},
      byKind: {},
    };
    for (const c of counts.filter((c) => c.code === l.code)) {
      line.total += c.n;
      line.byStatus[c.status] = (line.byStatus[c.status] ?? 0) + c.n;
      line.byKind[c.kind] = (line.byKind[c.kind] ?? 0) + c.n;
    }
    priority.lines.push(line);
  }
  return priorities;
}
