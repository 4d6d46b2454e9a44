/** OpenAPI schemas of the impact area: a project's effect, the ranking, and capacities. */
import { z } from "@hono/zod-openapi";
import { formText } from "../../platform/web/form-action.ts";
import { RANKING_VIEW_CODES } from "./present.ts";

export const TAGS = ["Coopération / Cooperation"];

const change = z.object({ before: z.number(), after: z.number(), delta: z.number() });
const viewSchema = z.object({
  party: z.enum(RANKING_VIEW_CODES),
  status: z.enum(["ok", "missing_inputs", "not_applicable"]),
  supplyRisk: change.optional(),
  critical: z.object({ before: z.boolean(), after: z.boolean() }).optional(),
  stages: z
    .array(
      z.object({
        stage: z.string(),
        hhi: change.nullable(),
        hhiScope: z.enum(["global_supply", "party_sourcing"]),
        supplyRisk: change,
        provenance: z.enum(["computed", "published"]).optional(),
      }),
    )
    .optional(),
  unassessed: z
    .array(z.object({ stage: z.string(), country: z.string(), tonnesPerYear: z.number() }))
    .optional()
    .openapi({
      description:
        "Capacités à une étape que l’évaluation de l’UE ne couvre pas pour cette matière : elles ne changent pas son risque d’approvisionnement / Capacities at a stage the EU assessment does not cover for this material: they do not change its supply risk",
    }),
  missing: z.array(z.object({ input: z.string(), stage: z.string().optional() })).optional(),
  code: z.string().optional(),
});
export const impactSchema = z
  .object({
    project: z.string().openapi({ example: "P-2024-004" }),
    materials: z.array(
      z.object({
        material: z.string().openapi({ example: "natural-graphite" }),
        capacities: z.array(
          z.object({ stage: z.string(), country: z.string(), tonnesPerYear: z.number() }),
        ),
        views: z.array(viewSchema),
      }),
    ),
  })
  .openapi("ProjectImpact");
export const rankingSchema = z
  .object({
    material: z.string(),
    party: z.enum(RANKING_VIEW_CODES),
    projects: z.array(
      z.object({
        code: z.string(),
        title: z.object({ fr: z.string(), en: z.string() }),
        supplyRisk: change,
        critical: z.object({ before: z.boolean(), after: z.boolean() }),
        unassessed: z.array(
          z.object({ stage: z.string(), country: z.string(), tonnesPerYear: z.number() }),
        ),
      }),
    ),
  })
  .openapi("PortfolioImpact");

const names = z.object({ fr: z.string(), en: z.string() });
export const capacitySchema = z
  .object({
    material: z.string().openapi({ example: "natural-graphite" }),
    materialName: names,
    stage: z.string().openapi({ example: "extraction" }),
    stageName: names,
    country: z.string().openapi({ example: "CAN" }),
    countryName: names,
    tonnesPerYear: z.number().openapi({ example: 10000 }),
  })
  .openapi("ProjectCapacity");
export const capacityListSchema = z
  .object({ project: z.string(), items: z.array(capacitySchema) })
  .openapi("ProjectCapacities");

/** The demo's P-2024-004 would extract natural graphite in Canada: the examples' capacity. */
export const codeParam = z.object({ code: z.string().openapi({ example: "P-2024-004" }) });

export const capacityBody = z
  .object({
    material: z.string().openapi({ example: "natural-graphite" }),
    stage: z.string().openapi({ example: "extraction" }),
    country: z.string().openapi({ example: "CAN" }),
    tonnesPerYear: z.union([z.number(), z.string()]).openapi({ example: 10000 }),
  })
  .openapi("ProjectCapacityInput");

export const capacityKeyParams = codeParam.extend({
  material: z.string().openapi({ example: "natural-graphite" }),
  stage: z.string().openapi({ example: "extraction" }),
});

export const removeQuery = z.object({
  country: z.string().optional().openapi({ example: "CAN" }),
  confirm: z.string().optional().openapi({ example: "true" }),
});

/** The capacity form of the project page: text as typed; setCapacity checks it. */
export const capacityForm = z.object({
  matiere: formText(),
  etape: formText(),
  pays: formText(),
  tonnes: formText(),
});

/** The removal form: the capacity's key, and the box that confirms it. */
export const removeCapacityForm = z.object({
  matiere: formText(),
  etape: formText(),
  pays: formText(),
  confirmer: formText(),
});
