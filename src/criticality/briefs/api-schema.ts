/** The briefs' API schemas (each text in French and English) and how a brief is presented. */
import { z } from "@hono/zod-openapi";
import { PARTIES } from "../../shared/party.ts";
import { REASON_MAX } from "./commands.ts";
import { DEMO_DRAFT_ID, DEMO_IN_REVIEW_ID } from "./demo.ts";
import { BRIEF_STATUSES, FIELD_LABELS, MAX_LENGTH } from "./model.ts";
import type { Brief, BriefVersion } from "./queries.ts";
import type { FieldDiff } from "./version-diff.ts";

export const TAGS = ["Criticité / Criticality"];
export const PATH = "/api/v1/criticality/briefs";

/** A JSON response of that schema. */
export const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const texts = z.object({ fr: z.string(), en: z.string() });

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

export const briefSchema = z
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
    author: z.object({ name: z.string().nullable(), party: z.enum(PARTIES) }),
    approvals: z.array(
      z.object({ party: z.enum(PARTIES), name: z.string().nullable(), at: z.string() }),
    ),
    publishedAt: z.string().nullable(),
  })
  .openapi("AnalysisBrief");

export const present = (b: Brief) => ({
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

export const draftBody = z
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

const briefId = (example: string) =>
  z.object({ id: z.string().openapi({ param: { name: "id", in: "path" }, example }) });

/** A brief by its id; the example is the demo's draft. */
export const idParam = briefId(DEMO_DRAFT_ID);
/** A brief in review or approved, such as the demo's brief in review. */
export const reviewedIdParam = briefId(DEMO_IN_REVIEW_ID);

export const listQuery = z.object({
  status: z.enum(BRIEF_STATUSES).default("published").openapi({
    description:
      "Autre que published : membres et admins / Other than published: members and admins",
    example: "published",
  }),
});

/** What every refused step of the workflow may answer; each message names what to do. */
export const REFUSALS = {
  403: { description: "Réservé aux membres des deux parties / For members of both parties only" },
  404: { description: "Note inconnue / Unknown brief" },
  409: {
    description:
      "Étape refusée dans cet état, ou approbation par l’auteur ou par une partie qui a déjà approuvé / Step refused in this status, or approval by the author or by a party that already approved",
  },
  422: { description: "Valeurs refusées, chacune nommée / Refused values, each named" },
} as const;

export const reasonBody = z
  .object({
    reason: z.string().openapi({
      description: `Obligatoire, 1 à ${REASON_MAX} caractères ; l’auteur ou l’autrice la verra sur le brouillon / Required, 1 to ${REASON_MAX} characters; the author will see it on the draft`,
      example: "Actualiser les chiffres de 2022.",
    }),
  })
  .openapi("AnalysisBriefRejection");

export const versionSchema = z
  .object({
    number: z.number().int(),
    title: texts,
    savedBy: z.string().nullable().openapi({ description: "Nom / Name" }),
    savedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("AnalysisBriefVersion");

export const presentVersion = (v: BriefVersion) => ({
  number: v.number,
  title: { fr: v.content.titleFr, en: v.content.titleEn },
  savedBy: v.authorName,
  savedAt: v.createdAt.toISOString(),
});

const versionNumber = (description: string, example: string) =>
  z.string().optional().openapi({ description, example });

export const diffQuery = z.object({
  from: versionNumber(
    "Version de départ ; par défaut l’avant-dernière / Version to compare from; by default the last but one",
    "1",
  ),
  to: versionNumber(
    "Version d’arrivée ; par défaut la dernière / Version to compare to; by default the last",
    "2",
  ),
});

export const diffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    fields: z.array(
      z.object({
        field: z.string(),
        label: texts,
        segments: z.array(z.object({ op: z.enum(["same", "added", "removed"]), text: z.string() })),
      }),
    ),
  })
  .openapi("AnalysisBriefDiff");

export const presentDiff = (from: number, to: number, diffs: FieldDiff[]) => ({
  from,
  to,
  fields: diffs.map((d) => ({
    field: d.field,
    label: FIELD_LABELS[d.field],
    segments: d.segments,
  })),
});
