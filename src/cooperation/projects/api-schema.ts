import { z } from "@hono/zod-openapi";
import { partySchema } from "../../shared/party.ts";
import { EXAMPLE } from "../shared/demo-ids.ts";
import {
  ORGANISATION_KINDS,
  ORGANISATION_PARTIES,
  PARTNER_ROLES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
} from "./labels.ts";

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const perPage = z.coerce.number().int().min(1).max(100).default(25);

export const projectListQuery = z.object({
  status: z.enum(PROJECT_STATUSES).optional(),
  kind: z.enum(PROJECT_KINDS).optional(),
  party: partySchema.optional(),
  line: z.string().max(10).optional().openapi({ example: "2.1" }),
  material: z.string().max(100).optional().openapi({ example: "natural-graphite" }),
  page,
  perPage,
});

export const codeParam = z.object({
  code: z.string().openapi({ param: { name: "code", in: "path" }, example: EXAMPLE.project }),
});

/** Validated by the same checks as the form (parseProjectInput), so the errors match. */
export const projectBody = z
  .object({
    titleFr: z.string().openapi({ example: "Cartographie du graphite du Témiscamingue" }),
    titleEn: z.string().openapi({ example: "Graphite mapping in Témiscamingue" }),
    summaryFr: z.string().optional(),
    summaryEn: z.string().optional(),
    kind: z.string().openapi({ example: "survey" }),
    ownerParty: z.string().optional().openapi({
      description:
        "Administrateurs seulement ; un membre crée pour sa partie / Administrators only; a member creates for their own party",
      example: "qc",
    }),
    lines: z.array(z.string()).openapi({ example: ["2.1"] }),
    stages: z.array(z.string()).optional(),
    materials: z
      .array(z.string())
      .optional()
      .openapi({ example: ["natural-graphite"] }),
    latitude: z.number().nullable().optional(),
    longitude: z.number().nullable().optional(),
    region: z.string().optional(),
    country: z.string().optional().openapi({ example: "CAN" }),
    confidentialTo: z.string().nullable().optional(),
    published: z.boolean().optional(),
    startOn: z.string().nullable().optional(),
    endOn: z.string().nullable().optional(),
    partners: z
      .array(z.object({ organisationId: z.string(), role: z.string() }))
      .optional()
      .openapi({ description: "Remplace la liste / Replaces the list" }),
  })
  .openapi("ProjectInput");

const projectSummary = z
  .object({
    code: z.string(),
    titleFr: z.string(),
    titleEn: z.string(),
    kind: z.enum(PROJECT_KINDS),
    status: z.enum(PROJECT_STATUSES),
    ownerParty: partySchema,
    confidentialTo: partySchema.nullable(),
    published: z.boolean(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    region: z.string().nullable(),
    country: z.string().nullable(),
    startOn: z.string().nullable(),
    endOn: z.string().nullable(),
    url: z.string(),
  })
  .openapi("ProjectSummary");

export const projectPageSchema = z
  .object({ total: z.number().int(), page: z.number().int(), items: z.array(projectSummary) })
  .openapi("ProjectPage");

export const projectSchema = projectSummary
  .extend({
    summaryFr: z.string(),
    summaryEn: z.string(),
    lines: z.array(z.object({ code: z.string(), textFr: z.string(), textEn: z.string() })),
    stages: z.array(z.string()),
    materials: z.array(z.string()),
    partners: z.array(
      z.object({ organisationId: z.string(), name: z.string(), role: z.enum(PARTNER_ROLES) }),
    ),
    history: z.array(
      z.object({
        from: z.enum(PROJECT_STATUSES).nullable(),
        to: z.enum(PROJECT_STATUSES),
        onDate: z.string(),
        note: z.string().nullable(),
      }),
    ),
    milestones: z.array(
      z.object({
        id: z.string(),
        titleFr: z.string(),
        titleEn: z.string(),
        dueOn: z.string(),
        doneOn: z.string().nullable(),
      }),
    ),
    documents: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        fileName: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        sha256: z.string(),
        url: z.string().openapi({ description: "Téléchargement / Download" }),
      }),
    ),
  })
  .openapi("Project");

export const confirmQuery = z.object({
  confirm: z
    .string()
    .optional()
    .openapi({ description: "« true » pour confirmer / “true” to confirm", example: "true" }),
});

export const organisationParam = z.object({
  id: z
    .string()
    .max(100)
    .openapi({
      param: { name: "id", in: "path" },
      example: EXAMPLE.funder,
    }),
});

const organisationFields = {
  name: z.string().openapi({ example: "Centre de recherche sur le graphite (fictif)" }),
  acronym: z.string().optional(),
  party: z.string().openapi({ example: "qc" }),
  kind: z.string().openapi({ example: "research_centre" }),
  identifiers: z.record(z.string(), z.string()).optional(),
  website: z.string().optional(),
};

export const organisationBody = z.object(organisationFields).openapi("OrganisationInput");

/**
 * The same fields; its example is the demo's MRNF (organisationParam) under its own name, since
 * the example of a new organisation would take a name already taken once it is registered.
 */
export const organisationUpdateBody = z
  .object({
    ...organisationFields,
    name: organisationFields.name.openapi({
      example: "Ministère des Ressources naturelles et des Forêts (Géologie Québec)",
    }),
    acronym: organisationFields.acronym.openapi({ example: "MRNF" }),
    kind: organisationFields.kind.openapi({ example: "geological_survey" }),
  })
  .openapi("OrganisationUpdate");

export const organisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    acronym: z.string().nullable(),
    party: z.enum(ORGANISATION_PARTIES),
    kind: z.enum(ORGANISATION_KINDS),
    identifiers: z.record(z.string(), z.string()),
    website: z.string().nullable(),
    projects: z.number().int(),
  })
  .openapi("Organisation");

export const organisationListSchema = z
  .object({ items: z.array(organisationSchema) })
  .openapi("OrganisationList");
