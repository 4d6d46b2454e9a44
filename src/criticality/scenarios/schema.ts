import { z } from "@hono/zod-openapi";
import { VIEWS } from "../../shared/party.ts";

export const scenarioChange = z
  .object({
    kind: z.enum(["supply_cut", "export_restriction", "new_supply"]).openapi({
      description:
        "Baisse de production (value = %), restriction à l’export (value = facteur t), nouvelle capacité (value = quantité, unité de la source) / Supply cut (value = %), export restriction (value = factor t), new supply (value = quantity, in the source's unit)",
    }),
    country: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .openapi({ description: "ISO 3166 alpha-3", example: "COD" }),
    stage: z.enum(["mine", "refinery"]).openapi({ example: "mine" }),
    value: z.number().finite().openapi({ example: 50 }),
  })
  .openapi("CriticalityScenarioChange");

/** A cut the demo data can compute: half of the Democratic Republic of the Congo's cobalt mining. */
export const EXAMPLE_CHANGES = [{ kind: "supply_cut", country: "COD", stage: "mine", value: 50 }];

export const scenarioBody = z
  .object({
    material: z.string().min(1).openapi({ example: "cobalt" }),
    party: z.enum(["global"]).default("global").openapi({
      description:
        "Seul le point de vue mondial est calculable à partir des données / Only the global view can be computed from the data",
    }),
    changes: z.array(scenarioChange).min(1).max(20).openapi({ example: EXAMPLE_CHANGES }),
  })
  .openapi("CriticalityScenarioRequest");

const delta = z.object({ before: z.number(), after: z.number(), delta: z.number() });

export const scenarioResultSchema = z
  .object({
    material: z.string(),
    party: z.enum(VIEWS),
    method: z.literal("eu"),
    changes: z.array(scenarioChange),
    shortfall: z
      .array(
        z.object({
          country: z.string(),
          stage: z.enum(["mine", "refinery"]),
          quantity: z.number(),
          unit: z.string(),
          year: z.number(),
          shareOfWorld: z.number(),
          shareOfPartySourcing: z.number().nullable(),
        }),
      )
      .openapi({
        description:
          "D’abord ce qu’une baisse retire : quantité et part de l’offre mondiale perdues à l’étape / First what a cut removes: quantity and share of world supply lost at the stage",
      }),
    stages: z.array(
      z.object({
        stage: z.enum(["mine", "refinery"]),
        provenance: z.enum(["computed", "published"]),
        hhi: delta.nullable(),
        supplyRisk: delta,
        residualShare: z.number().nullable(),
      }),
    ),
    hhi: delta.nullable().openapi({
      description:
        "IHH de production de l’étape déterminante / Production HHI of the bottleneck stage",
    }),
    supplyRisk: delta,
    omittedStages: z.array(z.enum(["mine", "refinery"])).openapi({
      description:
        "Étapes évaluées par l’UE sans données ni valeur publiée / Stages assessed by the EU with neither data nor a published value",
    }),
    notComputed: z.array(scenarioChange).openapi({
      description:
        "Changements à une étape dont le RA est publié : non calculés / Changes at a stage whose SR is published: not computed",
    }),
    bottleneck: z.object({
      before: z.enum(["mine", "refinery"]).nullable(),
      after: z.enum(["mine", "refinery"]).nullable(),
    }),
    economicImportance: z.number(),
    critical: z.object({ before: z.boolean(), after: z.boolean() }),
    thresholds: z.object({ supplyRisk: z.number(), economicImportance: z.number() }),
    sources: z.object({
      production: z.array(
        z.object({
          materialId: z.string(),
          stage: z.enum(["mine", "refinery"]),
          year: z.number(),
          vintage: z.string(),
          detail: z.string(),
          unit: z.string(),
          withheld: z.array(z.string()),
        }),
      ),
      wgi: z.object({ year: z.number(), fallback: z.number(), fallbackFor: z.array(z.string()) }),
      eu: z.string(),
    }),
  })
  .openapi("CriticalityScenarioResult");
