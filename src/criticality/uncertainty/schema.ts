import { z } from "@hono/zod-openapi";
import { UNCERTAINTY_DRAWS, UNCERTAINTY_SEED } from "./queries.ts";

// Draws and seed are read by readUncertaintyParams, so that an out-of-range value answers 400
// with a sentence naming the range, in the reader's language.
export const uncertaintyQuery = z.object({
  draws: z
    .string()
    .optional()
    .openapi({
      type: "integer",
      description: `Nombre de tirages, 1 à ${UNCERTAINTY_DRAWS.max} (défaut ${UNCERTAINTY_DRAWS.default}) / Number of draws, 1 to ${UNCERTAINTY_DRAWS.max} (default ${UNCERTAINTY_DRAWS.default})`,
      example: String(UNCERTAINTY_DRAWS.default),
    }),
  seed: z
    .string()
    .optional()
    .openapi({
      type: "integer",
      description: `Graine du générateur, 0 à 4294967295 (défaut ${UNCERTAINTY_SEED}) : même graine, mêmes résultats / Generator seed, 0 to 4294967295 (default ${UNCERTAINTY_SEED}): same seed, same results`,
      example: String(UNCERTAINTY_SEED),
    }),
  material: z
    .string()
    .min(1)
    .optional()
    .openapi({ description: "Une seule matière (id) / One material only (id)", example: "cobalt" }),
});

export const uncertaintySchema = z
  .object({
    party: z.literal("global"),
    method: z.literal("eu"),
    draws: z.number().int(),
    seed: z.number().int(),
    estimateRelativeStdError: z.number().openapi({
      description:
        "Erreur type relative des productions estimées par la source / Relative standard error of production figures the source marks as estimates",
      example: 0.1,
    }),
    thresholds: z.object({ supplyRisk: z.number(), economicImportance: z.number() }),
    materials: z.array(
      z
        .object({
          material: z.string().openapi({ example: "cobalt" }),
          deterministic: z.number().openapi({ description: "RA déterministe / Deterministic SR" }),
          p5: z.number(),
          p50: z.number(),
          p95: z.number(),
          mean: z.number(),
          probabilityCritical: z.number().openapi({
            description:
              "Part des tirages où RA ≥ 1,0 et IE ≥ 2,8 / Share of draws with SR ≥ 1.0 and EI ≥ 2.8",
          }),
          estimatedRows: z.number().int(),
          rows: z.number().int(),
        })
        .openapi("CriticalityUncertaintyMaterial"),
    ),
    skipped: z.array(z.object({ material: z.string(), missing: z.string() })),
    sources: z.object({ wgi: z.number().int(), eu: z.string() }),
  })
  .openapi("CriticalityUncertainty");
