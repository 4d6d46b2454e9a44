/** The briefs' API: list, one brief, and drafting one. The workflow's steps are on the pages. */
import { createRoute, z } from "@hono/zod-openapi";
import { performerOf } from "../../platform/audit/command.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { createBrief } from "./commands.ts";
import { BRIEF_STATUSES, MAX_LENGTH } from "./model.ts";
import { type Brief, findBrief, listBriefs } from "./repository.ts";

const S = "AnalysisBrief";
const TAGS = ["Criticité / Criticality"];
const PATH = "/api/v1/criticality/briefs";

const texts = z.object({ fr: z.string(), en: z.string() });

const figureSchema = z.object({
  id: z.string(),
  kind: z.enum(["assessment", "comparison", "scenario"]),
  title: texts,
  frozenAt: z.string().openapi({ format: "date-time" }),
  rows: z.array(
    z.object({
      key: z.string(),
      label: texts,
      value: z.number().nullable(),
      unit: z.enum(["index", "share"]),
      critical: z.boolean().nullable().optional(),
      provenance: z.enum(["computed", "published", "missing"]).optional(),
    }),
  ),
  sources: z
    .array(z.string())
    .openapi({ description: "Jeux de données et millésimes / Datasets and vintages" }),
});

const briefSchema = z
  .object({
    id: z.string(),
    status: z.enum(BRIEF_STATUSES),
    version: z.number().int(),
    title: texts,
    summary: texts,
    conclusions: texts,
    materials: z.array(z.string()),
    projects: z.array(z.string()),
    figures: z.array(figureSchema),
    author: z.object({ name: z.string().nullable(), party: z.enum(["qc", "fr"]) }),
    approvals: z.array(
      z.object({ party: z.enum(["qc", "fr"]), name: z.string().nullable(), at: z.string() }),
    ),
    publishedAt: z.string().nullable(),
  })
  .openapi("AnalysisBrief");

const present = (b: Brief) => ({
  id: b.id,
  status: b.status,
  version: b.version,
  title: { fr: b.content.titleFr, en: b.content.titleEn },
  summary: { fr: b.content.summaryFr, en: b.content.summaryEn },
  conclusions: { fr: b.content.conclusionsFr, en: b.content.conclusionsEn },
  materials: b.content.materials,
  projects: b.content.projects,
  figures: b.content.figures.map((f) => ({
    id: f.id,
    kind: f.spec.kind,
    title: f.title,
    frozenAt: f.frozenAt,
    rows: f.rows,
    sources: f.sources,
  })),
  author: { name: b.author.name, party: b.author.party },
  approvals: b.approvals.map((a) => ({ party: a.party, name: a.name, at: a.at.toISOString() })),
  publishedAt: b.publishedAt?.toISOString() ?? null,
});

const text = (max: number, example: string) =>
  z
    .string()
    .max(max)
    .optional()
    .openapi({ description: `${max} caractères au plus / At most ${max} characters`, example });

const createBody = z
  .object({
    titleFr: text(MAX_LENGTH.titleFr, "Le lithium, goulot de la transformation"),
    titleEn: text(MAX_LENGTH.titleEn, "Lithium, a processing bottleneck"),
    summaryFr: text(MAX_LENGTH.summaryFr, "La transformation du lithium est concentrée en Chine."),
    summaryEn: text(MAX_LENGTH.summaryEn, "Lithium processing is concentrated in China."),
    conclusionsFr: text(MAX_LENGTH.conclusionsFr, "Diversifier le raffinage."),
    conclusionsEn: text(MAX_LENGTH.conclusionsEn, "Diversify refining."),
    materials: z
      .array(z.string().max(200))
      .max(50)
      .optional()
      .openapi({ description: "Identifiants ou noms / Ids or names", example: ["lithium"] }),
    projects: z
      .array(z.string().max(200))
      .max(50)
      .optional()
      .openapi({
        description: "Codes de projets partagés / Shared project codes",
        example: ["P-2024-005"],
      }),
  })
  .openapi("AnalysisBriefDraft");

const idParam = z.object({
  id: z.string().openapi({
    param: { name: "id", in: "path" },
    example: "6f0c2b1e-6a47-4c5e-9a43-0d2f1b9f6c10",
  }),
});

const listQuery = z.object({
  status: z.enum(BRIEF_STATUSES).default("published").openapi({
    description:
      "Autre que published : membres et admins / Other than published: members and admins",
    example: "published",
  }),
});

export function registerBriefApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: PATH,
      tags: TAGS,
      summary: "Notes d’analyse partagées / Shared analysis briefs",
      description:
        "Les notes publiées, ou, pour les membres des deux parties et les admins, celles d’un autre état. / Published briefs, or, for members of both parties and admins, those in another status.",
      request: { query: listQuery },
      responses: {
        200: {
          description: "Les notes / The briefs",
          content: { "application/json": { schema: z.object({ items: z.array(briefSchema) }) } },
        },
      },
    }),
    access("read", S),
    async (c) => {
      const { status } = c.req.valid("query");
      if (status !== "published") c.var.deps.policy.authorize(c.var.actor, "review", S);
      const briefs = await listBriefs(c.var.deps.db, [status]);
      return c.json({ items: briefs.map(present) }, 200);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: `${PATH}/{id}`,
      tags: TAGS,
      summary: "Une note / One brief",
      description: "Figures figées avec leurs millésimes. / Frozen figures with their vintages.",
      request: { params: idParam },
      responses: {
        200: {
          description: "La note / The brief",
          content: { "application/json": { schema: briefSchema } },
        },
        404: { description: "Introuvable / Not found" },
      },
    }),
    access("read", S),
    async (c) => {
      const b = await findBrief(c.var.deps.db, c.req.valid("param").id);
      if (!b) throw fail("not_found");
      if (b.status !== "published") c.var.deps.policy.authorize(c.var.actor, "review", S);
      return c.json(present(b), 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: PATH,
      tags: TAGS,
      summary: "Rédiger une note / Draft a brief",
      description:
        "Par un membre de l’une des parties. Un titre suffit pour un brouillon ; la publication demande tous les textes en français et en anglais. / By a member of either party. A title is enough for a draft; publication needs every text in French and English.",
      request: {
        body: { content: { "application/json": { schema: createBody } }, required: true },
      },
      responses: {
        201: {
          description: "Le brouillon / The draft",
          content: { "application/json": { schema: briefSchema } },
        },
        422: {
          description:
            "Titre manquant, matière ou projet inconnu / Missing title, unknown material or project",
        },
      },
    }),
    access("create", S),
    async (c) => {
      const { id } = await createBrief(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        c.var.actor,
        c.req.valid("json"),
      );
      const b = await findBrief(c.var.deps.db, id);
      if (!b) throw fail("not_found");
      return c.json(present(b), 201);
    },
  );
}
