import { z } from "@hono/zod-openapi";
import { PARTIES } from "../../shared/party.ts";
import { NOTE_MAX, TITLE_MAX } from "./commands.ts";
import { EXAMPLE_CHANGES, scenarioChange, scenarioResultSchema } from "./schema.ts";

export const PER_PAGE_DEFAULT = 20;
export const PER_PAGE_MAX = 100;

// title stays optional here so that a missing title gets the same 400 and sentence as a blank one.
export const saveBody = z
  .object({
    title: z
      .string()
      .optional()
      .openapi({
        description: `Obligatoire, ${TITLE_MAX} caractères au plus / Required, at most ${TITLE_MAX} characters`,
        example: "Coupure de 50 % en RDC",
      }),
    note: z
      .string()
      .optional()
      .openapi({
        description: `${NOTE_MAX} caractères au plus / At most ${NOTE_MAX} characters`,
      }),
    material: z.string().min(1).openapi({ example: "cobalt" }),
    changes: z.array(scenarioChange).min(1).max(20).openapi({ example: EXAMPLE_CHANGES }),
  })
  .openapi("SavedScenarioRequest");

export const listQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).openapi({ example: 1 }),
  perPage: z.coerce
    .number()
    .int()
    .min(1)
    .max(PER_PAGE_MAX)
    .default(PER_PAGE_DEFAULT)
    .openapi({ example: PER_PAGE_DEFAULT }),
});

export const idParam = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" }, example: "6f0c…" }),
});

const summarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    note: z.string().nullable(),
    material: z.object({ id: z.string(), name: z.object({ fr: z.string(), en: z.string() }) }),
    changes: z.array(scenarioChange),
    author: z.object({
      id: z.string().nullable(),
      name: z.string().nullable(),
      party: z.enum([...PARTIES, "admin"]).openapi({
        description: "Partie de l’auteur (selon son rôle) / Author's party (from the role)",
      }),
    }),
    createdAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("SavedScenarioSummary");

export const savedListSchema = z
  .object({
    items: z.array(summarySchema),
    page: z.number(),
    perPage: z.number(),
    total: z.number(),
  })
  .openapi("SavedScenarioList");

export const savedSchema = summarySchema
  .extend({
    result: scenarioResultSchema,
    vintages: z.object({
      production: z.array(
        z.object({ stage: z.enum(["mine", "refinery"]), year: z.number(), vintage: z.string() }),
      ),
      wgi: z.number(),
      eu: z.string(),
    }),
  })
  .openapi("SavedScenario");
