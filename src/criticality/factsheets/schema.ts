import { z } from "@hono/zod-openapi";
import { factsheetGroups, factsheetViews } from "../material-views/queries.ts";

const bilingual = z.object({ fr: z.string(), en: z.string() }).openapi({
  description: "Texte en français et en anglais / Text in French and English",
  example: { fr: "cobalt", en: "cobalt" },
});

const stage = z.enum(["extraction", "processing"]).openapi({
  description: "Étape : extraction (mine) ou transformation (raffinage) / Stage",
});

const producer = z
  .object({
    country: z.string().nullable().openapi({
      description:
        "Code ISO alpha-3 ; null pour « Autres pays » / ISO alpha-3; null for Other countries",
      example: "COD",
    }),
    name: bilingual,
    quantity: z.number(),
    share: z.number().openapi({ description: "Part (0–1) / Share (0–1)", example: 0.76 }),
    isOtherCountries: z.boolean().openapi({
      description: "Agrégat « Autres pays » compté comme un producteur / Other countries aggregate",
    }),
  })
  .openapi("FactsheetProducer");

const production = z
  .object({
    stage,
    label: bilingual,
    year: z.number().int().openapi({ example: 2025 }),
    vintage: z.string().openapi({ example: "MCS 2026" }),
    detail: z.string().openapi({ example: "Mine production" }),
    unit: z.string().openapi({ example: "metric tons" }),
    total: z.number().openapi({ description: "Somme des lignes pays / Sum of country rows" }),
    hhi: z
      .number()
      .openapi({ description: "IHH, fraction 0–1 / HHI as a fraction", example: 0.57 }),
    includesOtherCountries: z.boolean().openapi({
      description:
        "« Autres pays » compté comme un seul producteur : IHH sous-estimé / Other countries counted as one producer: HHI understated",
    }),
    producers: z.array(producer),
    withheld: z.array(z.object({ country: z.string(), name: bilingual })).openapi({
      description:
        "Producteurs cités sans valeur (USGS « W », « s »…) / Producers listed without a figure",
    }),
  })
  .openapi("FactsheetProduction");

const trendPoint = z.object({
  stage,
  year: z.number().int(),
  vintage: z.string(),
  hhi: z.number(),
  includesOtherCountries: z.boolean(),
});

const governance = z
  .object({
    year: z.number().int().openapi({ example: 2022 }),
    vintage: z.string().openapi({ example: "WGI 2023 update" }),
    countries: z.array(
      z.object({
        country: z.string(),
        name: bilingual,
        stages: z.array(stage),
        wgiScaled: z.number().nullable().openapi({
          description: "WGI 0–10 de la méthode UE (10 = pire) / EU-method WGI 0–10 (10 = worst)",
        }),
        politicalStability: z.number().nullable().openapi({
          description:
            "Estimation WGI « stabilité politique » (PV) / WGI political stability estimate",
        }),
        politicalStabilityWeight: z.number().nullable().openapi({
          description: "PV normalisé 0–1 (GeoPolRisk, 1 = moins stable) / PV normalised 0–1",
        }),
      }),
    ),
  })
  .openapi("FactsheetGovernance");

const eu = z
  .object({
    vintage: z.string().openapi({ example: "EU CRM 2023" }),
    supplyRisk: z.number().nullable(),
    economicImportance: z.number().nullable(),
    siEi: z.number().nullable(),
    siSr: z.number().nullable(),
    eolRirPct: z.number().nullable(),
    importRelianceExtractionPct: z.number().nullable(),
    importRelianceProcessingPct: z.number().nullable(),
    bottleneck: z.object({ stage: z.string(), label: bilingual }).nullable(),
    srExtraction: z.number().nullable(),
    srProcessing: z.number().nullable(),
  })
  .openapi("FactsheetEu");

export const factsheetParams = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" }, example: "cobalt" }),
});

export const factsheetSchema = z
  .object({
    id: z.string().openapi({ example: "cobalt" }),
    name: bilingual,
    symbol: z.string().nullable(),
    family: z.enum(["REE", "HREE", "LREE", "PGM", "other"]),
    isGroup: z.boolean(),
    production: z.array(production).openapi({
      description:
        "Dernière année par étape ; vide sans données / Latest year per stage; empty without data",
    }),
    hhiTrend: z.array(trendPoint),
    governance: governance.nullable(),
    eu: eu.nullable(),
    views: factsheetViews.openapi({
      description:
        "RA par point de vue, par étape avec sa provenance (calculé ou publié) / SR per view, per stage with its provenance (computed or published)",
    }),
    groups: factsheetGroups,
    recycling: z.array(
      z.object({
        stage: z.string().nullable(),
        eolRir: z.number().nullable().openapi({ description: "Fraction 0–1" }),
        vintage: z.string(),
      }),
    ),
    lists: z.array(
      z.object({
        id: z.string().openapi({ example: "eu-2024-annex-ii" }),
        name: bilingual,
        category: z.string().nullable(),
        strategic: z.boolean().nullable(),
      }),
    ),
    sources: z.array(
      z.object({
        kind: z.string(),
        vintage: z.string(),
        fileName: z.string(),
        importedAt: z.string(),
      }),
    ),
  })
  .openapi("MaterialFactsheet");

export type FactsheetOutput = z.infer<typeof factsheetSchema>;
export type FactsheetProduction = FactsheetOutput["production"][number];
