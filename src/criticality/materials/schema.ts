import { z } from "@hono/zod-openapi";
import { VIEW_CODE_LIST } from "../web-kit/assessment.ts";

const bilingual = z.object({ fr: z.string(), en: z.string() }).openapi({
  description: "Texte en français et en anglais / Text in French and English",
  example: { fr: "cuivre", en: "copper" },
});

export const materialSchema = z
  .object({
    id: z.string().openapi({ example: "copper" }),
    name: bilingual,
    symbol: z.string().nullable().openapi({ example: "Cu" }),
    family: z.enum(["REE", "HREE", "LREE", "PGM", "other"]),
    isGroup: z.boolean().openapi({ description: "Groupe de matières / Group of materials" }),
    lists: z.array(z.string()).openapi({
      description: "Listes officielles où figure la matière / Official lists the material is on",
      example: ["eu-2024-annex-ii", "qc-2020"],
    }),
  })
  .openapi("CriticalMaterial");

export const materialsSchema = z.object({ materials: z.array(materialSchema) });

const listMember = z
  .object({
    materialId: z.string().openapi({ example: "copper" }),
    name: bilingual,
    nameInSource: z.string().openapi({ example: "Copper" }),
    category: z.string().nullable().openapi({
      description:
        "Catégorie donnée par la liste (critique/stratégique, thresholds/strategic) / The list's own category",
      example: "strategic",
    }),
    strategic: z.boolean().nullable().openapi({
      description:
        "Stratégique selon la liste ; null quand la liste ne le dit pas / Strategic per the list; null where the list does not say",
    }),
  })
  .openapi("OfficialListMember");

export const officialListSchema = z
  .object({
    id: z.string().openapi({ example: "eu-2024-annex-ii" }),
    jurisdiction: z.string().openapi({ example: "eu" }),
    edition: z.number().int().openapi({ example: 2024 }),
    name: bilingual,
    count: z.number().int().nonnegative(),
    members: z.array(listMember),
  })
  .openapi("OfficialList");

export const listsSchema = z.object({ lists: z.array(officialListSchema) });

const assessment = z
  .object({
    materialId: z.string().openapi({ example: "cobalt" }),
    name: bilingual,
    family: z.string(),
    supplyRisk: z.number().openapi({ description: "RA / SR", example: 2.8 }),
    economicImportance: z.number().openapi({ description: "IE / EI", example: 5.9 }),
    stage: z.string().nullable().openapi({
      description: "Étape déterminante du RA / Bottleneck stage of the SR",
      example: "processing",
    }),
    critical: z.boolean(),
    insufficientData: z.boolean().openapi({
      description:
        "Plus de la moitié de l’offre d’une étape en « Autres pays » : données insuffisantes, non classée / Over half of a stage's supply in “Other countries”: insufficient data, not ranked",
    }),
    stages: z.array(
      z.object({
        stage: z.enum(["extraction", "processing", "manufacturing", "recycling"]),
        provenance: z.enum(["computed", "published", "missing"]),
        supplyRisk: z.number().nullable(),
        productionHhi: z.number().nullable(),
        productionHhiUpper: z.number().nullable(),
        residualShare: z.number().nullable(),
        source: z.string().nullable(),
        reason: z.string().nullable(),
      }),
    ),
    basis: z.enum(["thresholds", "strategic"]).nullable().openapi({
      description:
        "Seuils atteints, ou inscrite comme stratégique ; null si non critique / Thresholds met, or listed as strategic; null when not critical",
    }),
  })
  .openapi("EuAssessment");

export const assessmentsSchema = z
  .object({
    method: z.literal("eu"),
    party: z.enum(VIEW_CODE_LIST),
    status: z.enum(["ok", "missing_inputs"]),
    thresholds: z.object({
      supplyRisk: z.number(),
      economicImportance: z.number(),
      source: z.string(),
    }),
    source: z.object({ citation: z.string(), dataset: z.string(), vintage: z.string() }).nullable(),
    results: z.array(assessment),
    missing: z
      .array(
        z.object({
          input: z.string().openapi({ example: "party_sourcing" }),
          stage: z.string().nullable(),
          materials: z.number().int().nonnegative(),
        }),
      )
      .openapi({ description: "Données manquantes pour ce point de vue / Missing inputs" }),
  })
  .openapi("EuAssessments");

export type MaterialsOutput = z.infer<typeof materialsSchema>;
export type ListsOutput = z.infer<typeof listsSchema>;
export type AssessmentsOutput = z.infer<typeof assessmentsSchema>;
