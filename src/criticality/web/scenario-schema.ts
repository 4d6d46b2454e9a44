import { z } from "@hono/zod-openapi";

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

export const scenarioBody = z
  .object({
    material: z.string().min(1).openapi({ example: "cobalt" }),
    party: z.enum(["global"]).default("global").openapi({
      description:
        "Seul le point de vue mondial est calculable à partir des données / Only the global view can be computed from the data",
    }),
    changes: z.array(scenarioChange).min(1).max(20),
  })
  .openapi("CriticalityScenarioRequest");

const delta = z.object({ before: z.number(), after: z.number(), delta: z.number() });

export const scenarioResultSchema = z
  .object({
    material: z.string(),
    party: z.literal("global"),
    method: z.literal("eu"),
    changes: z.array(scenarioChange),
    stages: z.array(
      z.object({
        stage: z.enum(["mine", "refinery"]),
        hhi: delta.nullable(),
        supplyRisk: delta,
      }),
    ),
    hhi: delta.nullable().openapi({
      description:
        "HHI de production de l’étape déterminante / Production HHI of the bottleneck stage",
    }),
    supplyRisk: delta,
    omittedStages: z.array(z.enum(["mine", "refinery"])).openapi({
      description:
        "Étapes évaluées par l’UE sans production mondiale dans les données / Stages without world production in the data",
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
