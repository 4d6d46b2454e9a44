/**
 * Shapes of the indicators API. Values travel as exact decimal text, like PostgreSQL's numeric
 * that stores them; a value in a convertible unit comes back converted to the indicator's unit.
 */
import { z } from "@hono/zod-openapi";
import { formText } from "../../platform/web/form-action.ts";
import { INDICATOR_IDS, indicatorDef } from "./catalogue.ts";
import { indicatorLabel } from "./messages.ts";
import type { IndicatorSeries } from "./queries.ts";

const decimal = z.string().nullable().openapi({
  description: "Nombre décimal exact en texte, ou null / Exact decimal number as text, or null",
  example: "12345.5",
});

export const codeParam = z.object({
  code: z.string().openapi({ param: { name: "code", in: "path" }, example: "P-2024-001" }),
});

export const yearParams = codeParam.extend({
  year: z.string().openapi({ param: { name: "year", in: "path" }, example: "2024" }),
});

export const deleteQuery = z.object({
  indicator: z.string().openapi({ enum: [...INDICATOR_IDS], example: "ghg_emissions" }),
  confirm: z.string().optional().openapi({
    description: '« true » pour confirmer la suppression / "true" to confirm the deletion',
    example: "true",
  }),
});

/** Validated by the same checks as the form (setIndicatorValues), so the errors match. */
export const valuesBody = z
  .strictObject({
    indicator: z.string().openapi({ enum: [...INDICATOR_IDS], example: "ghg_emissions" }),
    year: z.number().int().openapi({ example: 2024 }),
    unit: z.string().openapi({
      description:
        "Une unité admise par l’indicateur (voir units) / A unit the indicator accepts (see units)",
      example: "kt CO2e",
    }),
    baseline: decimal.optional(),
    target: decimal.optional(),
    actual: decimal.optional(),
  })
  .openapi("IndicatorValuesInput");

const seriesSchema = z
  .object({
    indicator: z.string(),
    label: z.object({ fr: z.string(), en: z.string() }),
    unit: z.string().openapi({ description: "Unité stockée / Stored unit", example: "t CO2e" }),
    units: z.array(z.string()).openapi({ description: "Unités admises / Accepted units" }),
    values: z.array(
      z.object({ year: z.number().int(), baseline: decimal, target: decimal, actual: decimal }),
    ),
  })
  .openapi("IndicatorSeries");

export const indicatorsSchema = z
  .object({ project: z.string(), items: z.array(seriesSchema) })
  .openapi("ProjectIndicators");

export const savedSchema = indicatorsSchema
  .extend({
    conversions: z.array(
      z.object({ from: z.string(), fromUnit: z.string(), to: z.string(), toUnit: z.string() }),
    ),
  })
  .openapi("ProjectIndicatorsSaved");

export const presentSeries = (s: IndicatorSeries) => ({
  indicator: s.indicator,
  label: { fr: indicatorLabel("fr", s.indicator), en: indicatorLabel("en", s.indicator) },
  unit: s.unit,
  units: Object.keys(indicatorDef(s.indicator)?.units ?? { [s.unit]: 0 }),
  values: s.values.map((v) => ({
    year: v.year,
    baseline: v.baseline,
    target: v.target,
    actual: v.actual,
  })),
});

/** The entry form: text as typed; setIndicatorValues checks it, for the form and the API alike. */
export const indicatorForm = z.object({
  indicateur: formText(),
  annee: formText(),
  unite: formText(),
  baseline: formText(),
  target: formText(),
  actual: formText(),
});

/** The deletion form: the indicator and year the confirmation page named. */
export const deleteForm = z.object({ indicateur: formText(), annee: formText() });
