import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { canSee, visibilityOf } from "../shared/visibility.ts";
import { PROJECT_CODE_PATTERN } from "./code.ts";
import { presentMilestone } from "./present.ts";
import { findProjectByCode, type ProjectRow, projectDetails } from "./queries.ts";

/** What the project and organisation API routes share: tags, lookups and presenters. */
export const TAGS = ["Projets conjoints / Joint projects"];

export const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const coordinate = (v: string | null) => (v === null ? null : Number(v));
const origin = (c: Context<AppEnv>) => new URL(c.req.url).origin;

export function summaryOf(c: Context<AppEnv>, p: ProjectRow) {
  return {
    code: p.code,
    titleFr: p.title_fr,
    titleEn: p.title_en,
    kind: p.kind,
    status: p.status,
    ownerParty: p.owner_party,
    confidentialTo: p.confidential_to,
    published: p.published,
    latitude: coordinate(p.latitude),
    longitude: coordinate(p.longitude),
    region: p.region,
    country: p.country_id,
    startOn: p.start_on,
    endOn: p.end_on,
    url: `${origin(c)}${localisedPath(c.var.lang, `/cooperation/projets/${p.code}`)}`,
  };
}

/** The project with that code if this actor may see it; otherwise 404, as if it did not exist. */
export async function visibleByCode(c: Context<AppEnv>, code: string): Promise<ProjectRow> {
  const p = PROJECT_CODE_PATTERN.test(code) ? await findProjectByCode(c.var.deps.db, code) : null;
  if (!p || !canSee(visibilityOf(c.var.actor), p))
    throw fail("project_unknown", { code: code.slice(0, 20) });
  return p;
}

/** A visible project this actor may also change (403 for the other party's), as the pages do. */
export async function editableByCode(
  c: Context<AppEnv>,
  code: string,
  action: "update" | "delete" = "update",
): Promise<ProjectRow> {
  const p = await visibleByCode(c, code);
  c.var.deps.policy.authorize(c.var.actor, action, "Project", p);
  return p;
}

export async function fullProject(c: Context<AppEnv>, p: ProjectRow) {
  const d = await projectDetails(c.var.deps.db, p);
  return {
    ...summaryOf(c, p),
    summaryFr: p.summary_fr,
    summaryEn: p.summary_en,
    lines: d.lines.map((l) => ({ code: l.code, textFr: l.text_fr, textEn: l.text_en })),
    stages: d.stages.map((s) => s.id),
    materials: d.materials.map((m) => m.id),
    partners: d.partners.map((o) => ({
      organisationId: o.organisation_id,
      name: o.name,
      role: o.role,
    })),
    history: d.history.map((h) => ({
      from: h.from_status,
      to: h.to_status,
      onDate: h.on_date,
      note: h.note,
    })),
    milestones: d.milestones.map(presentMilestone),
    documents: d.documents.map((doc) => ({
      id: doc.id,
      title: doc.title,
      fileName: doc.file_name,
      contentType: doc.content_type,
      size: doc.size,
      sha256: doc.sha256,
      url: `${origin(c)}${documentPath(p.code, doc.id)}`,
    })),
  };
}

export const documentPath = (code: string, id: string) =>
  `/api/v1/projects/${code}/documents/${id}`;

/** The project as it is now, after a command changed it. */
export async function reloaded(c: Context<AppEnv>, code: string) {
  return fullProject(c, (await findProjectByCode(c.var.deps.db, code)) as ProjectRow);
}
