import type { Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Actor } from "../../platform/policy/roles.ts";
import type { Party } from "../../shared/party.ts";
import { canSee, type Visibility, visibilityOf, visibleSql } from "../shared/visibility.ts";
import type { OrganisationParty, ProjectKind, ProjectStatus } from "./labels.ts";

/** A project as stored; coordinates are numeric, read back as exact strings. */
export type ProjectRow = {
  id: string;
  code: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  kind: ProjectKind;
  owner_party: Party;
  status: ProjectStatus;
  confidential_to: Party | null;
  published: boolean;
  latitude: string | null;
  longitude: string | null;
  region: string | null;
  country_id: string | null;
  start_on: string | null;
  end_on: string | null;
  created_at: Date;
  updated_at: Date;
};

const COLUMNS = `p.id, p.code, p.title_fr, p.title_en, p.summary_fr, p.summary_en, p.kind,
  p.owner_party, p.status, p.confidential_to, p.published, p.latitude, p.longitude, p.region,
  p.country_id, p.start_on, p.end_on, p.created_at, p.updated_at`;

/**
 * The project with that code, whoever asks: callers check visibility with canSee() and answer
 * 404 when the actor may not see it, so a confidential project's existence is not revealed.
 */
export async function findProjectByCode(db: Queryable, code: string): Promise<ProjectRow | null> {
  const [row] = await db.query<ProjectRow>(`SELECT ${COLUMNS} FROM projects p WHERE p.code = $1`, [
    code,
  ]);
  return row ?? null;
}

/** The few project fields the indicator and impact areas need. */
export type ProjectRef = {
  id: string;
  code: string;
  title_fr: string;
  title_en: string;
  owner_party: string;
  confidential_to: string | null;
  published: boolean;
};

/** That project, when the actor may see it: a hidden project answers 404, like a missing one. */
export async function findVisibleProject(
  db: Queryable,
  actor: Actor,
  code: string,
): Promise<ProjectRef> {
  const [row] = await db.query<ProjectRef>(
    `SELECT id, code, title_fr, title_en, owner_party, confidential_to, published
       FROM projects WHERE code = $1`,
    [code],
  );
  if (!row || !canSee(visibilityOf(actor), row)) throw fail("not_found");
  return row;
}

export type ProjectFilters = {
  status?: ProjectStatus | undefined;
  kind?: ProjectKind | undefined;
  party?: Party | undefined;
  line?: string | undefined;
  material?: string | undefined;
  page: number;
  perPage: number;
};

/** The projects this visibility allows, filtered, newest code first, one page of them. */
export async function listProjects(
  db: Queryable,
  visibility: Visibility,
  f: ProjectFilters,
): Promise<{ total: number; rows: ProjectRow[] }> {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [visibleSql(visibility, "p", params, { publishedColumn: true })];
  if (f.status) where.push(`p.status = ${p(f.status)}`);
  if (f.kind) where.push(`p.kind = ${p(f.kind)}`);
  if (f.party) where.push(`p.owner_party = ${p(f.party)}`);
  if (f.line) {
    where.push(`EXISTS (SELECT 1 FROM action_line_links k WHERE k.subject_type = 'Project'
      AND k.subject_id = p.id::text AND k.action_line_code = ${p(f.line)})`);
  }
  if (f.material) {
    where.push(`EXISTS (SELECT 1 FROM project_materials m WHERE m.project_id = p.id
      AND m.material_id = ${p(f.material)})`);
  }
  const clause = `WHERE ${where.join(" AND ")}`;
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM projects p ${clause}`,
    params,
  );
  const rows = await db.query<ProjectRow>(
    `SELECT ${COLUMNS} FROM projects p ${clause}
     ORDER BY p.created_at DESC, p.code DESC LIMIT ${p(f.perPage)} OFFSET ${p((f.page - 1) * f.perPage)}`,
    params,
  );
  return { total: count?.n ?? 0, rows };
}

export type PartnerRow = {
  organisation_id: string;
  name: string;
  acronym: string | null;
  party: OrganisationParty;
  role: "lead" | "partner" | "funder" | "implementer";
};

export type HistoryRow = {
  from_status: ProjectStatus | null;
  to_status: ProjectStatus;
  on_date: string;
  note: string | null;
  by_name: string | null;
};

export type MilestoneRow = {
  id: string;
  title_fr: string;
  title_en: string;
  due_on: string;
  done_on: string | null;
};

export type DocumentRow = {
  id: string;
  title: string;
  file_name: string;
  content_type: string;
  sha256: string;
  size: number;
  added_at: Date;
};

export type ProjectDetails = {
  lines: { code: string; text_fr: string; text_en: string }[];
  stages: { id: string; label_fr: string; label_en: string }[];
  materials: { id: string; name_fr: string; name_en: string }[];
  country: { id: string; name_fr: string; name_en: string } | null;
  partners: PartnerRow[];
  history: HistoryRow[];
  milestones: MilestoneRow[];
  documents: DocumentRow[];
  /** The joint call the project was funded by, when it came from one. */
  from_call: string | null;
};

/** Everything the project page shows besides the row itself. */
export async function projectDetails(db: Queryable, project: ProjectRow): Promise<ProjectDetails> {
  const id = project.id;
  const [lines, stages, materials, countries, partners, history, milestones, documents, calls] =
    await Promise.all([
      db.query<ProjectDetails["lines"][number]>(
        `SELECT l.code, l.text_fr, l.text_en FROM action_line_links k
         JOIN action_lines l ON l.code = k.action_line_code
         JOIN priorities pr ON pr.code = l.priority_code
         WHERE k.subject_type = 'Project' AND k.subject_id = $1 ORDER BY pr.position, l.position`,
        [id],
      ),
      db.query<ProjectDetails["stages"][number]>(
        `SELECT s.id, s.label_fr, s.label_en FROM project_stages ps JOIN stages s ON s.id = ps.stage_id
         WHERE ps.project_id = $1 ORDER BY s.position`,
        [id],
      ),
      db.query<ProjectDetails["materials"][number]>(
        `SELECT m.id, m.name_fr, m.name_en FROM project_materials pm
         JOIN materials m ON m.id = pm.material_id WHERE pm.project_id = $1 ORDER BY m.name_fr`,
        [id],
      ),
      db.query<NonNullable<ProjectDetails["country"]>>(
        "SELECT id, name_fr, name_en FROM countries WHERE id = $1",
        [project.country_id],
      ),
      db.query<PartnerRow>(
        `SELECT o.id AS organisation_id, o.name, o.acronym, o.party, pp.role FROM project_partners pp
         JOIN organisations o ON o.id = pp.organisation_id WHERE pp.project_id = $1
         ORDER BY array_position(ARRAY['lead','partner','funder','implementer'], pp.role), o.name`,
        [id],
      ),
      db.query<HistoryRow>(
        `SELECT h.from_status, h.to_status, h.on_date, h.note, u.name AS by_name
         FROM project_status_history h LEFT JOIN users u ON u.id = h.by_user
         WHERE h.project_id = $1 ORDER BY h.at, h.on_date`,
        [id],
      ),
      db.query<MilestoneRow>(
        `SELECT id, title_fr, title_en, due_on, done_on FROM project_milestones
         WHERE project_id = $1 ORDER BY due_on, title_fr`,
        [id],
      ),
      db.query<DocumentRow>(
        `SELECT id, title, file_name, content_type, sha256, octet_length(content)::int AS size, added_at
         FROM project_documents WHERE project_id = $1 ORDER BY added_at, title`,
        [id],
      ),
      db.query<{ code: string }>(
        `SELECT c.code FROM call_funded_projects fp
         JOIN applications a ON a.id = fp.application_id JOIN calls c ON c.id = a.call_id
         WHERE fp.project_id = $1`,
        [id],
      ),
    ]);
  return {
    lines,
    stages,
    materials,
    country: countries[0] ?? null,
    partners,
    history,
    milestones,
    documents,
    from_call: calls[0]?.code ?? null,
  };
}

export async function projectDocument(db: Queryable, projectId: string, documentId: string) {
  const [row] = await db.query<{ file_name: string; content_type: string; content: Uint8Array }>(
    `SELECT file_name, content_type, content FROM project_documents
     WHERE project_id = $1 AND id::text = $2`,
    [projectId, documentId],
  );
  return row ?? null;
}

/** The reference lists the project form offers. */
export async function formChoices(db: Queryable) {
  const [lines, stages, organisations] = await Promise.all([
    db.query<{
      code: string;
      text_fr: string;
      text_en: string;
      priority_code: string;
      priority_fr: string;
      priority_en: string;
    }>(
      `SELECT l.code, l.text_fr, l.text_en, l.priority_code,
              pr.title_fr AS priority_fr, pr.title_en AS priority_en
         FROM action_lines l JOIN priorities pr ON pr.code = l.priority_code
        ORDER BY pr.position, l.position`,
    ),
    db.query<{ id: string; label_fr: string; label_en: string }>(
      "SELECT id, label_fr, label_en FROM stages ORDER BY position",
    ),
    db.query<{ id: string; name: string; party: OrganisationParty }>(
      "SELECT id, name, party FROM organisations ORDER BY lower(name)",
    ),
  ]);
  return { lines, stages, organisations };
}

/** What the list's filters offer: every line of action, and the materials some project names. */
export async function filterChoices(db: Queryable) {
  const [lines, materials] = await Promise.all([
    db.query<{ code: string }>(
      `SELECT l.code FROM action_lines l JOIN priorities pr ON pr.code = l.priority_code
       ORDER BY pr.position, l.position`,
    ),
    db.query<{ id: string; name_fr: string; name_en: string }>(
      `SELECT DISTINCT m.id, m.name_fr, m.name_en FROM materials m
       JOIN project_materials pm ON pm.material_id = m.id ORDER BY m.name_fr`,
    ),
  ]);
  return { lines, materials };
}

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
