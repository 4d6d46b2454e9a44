/** The financing API's shapes: amounts travel as exact decimal strings, never as JSON numbers. */
import { z } from "@hono/zod-openapi";
import { partySchema } from "../../shared/party.ts";
import { CURRENCIES, type Currency, centsToDecimal } from "./money.ts";
import type { ExchangeRateRow, FinancingLine, RateUsed } from "./queries.ts";
import { rateToDecimal } from "./rate.ts";
import { FUNDING_PARTIES } from "./schema.ts";
import { DIMENSIONS, type PortfolioSummary, type SummaryRow } from "./summary.ts";

export const PER_PAGE_MAX = 200;

const money = z.string().openapi({
  description:
    "Montant exact en unités, deux décimales, point décimal / Exact amount in units, two decimals, decimal point",
  example: "1234567.89",
});

export const rateSchema = z
  .object({
    base: z.enum(CURRENCIES),
    quote: z.enum(CURRENCIES),
    date: z.string().openapi({ format: "date" }),
    rate: z.string().openapi({ example: "1.46830000" }),
    source: z.string(),
  })
  .openapi("ExchangeRate");

export const presentRate = (r: ExchangeRateRow) => ({
  base: r.base,
  quote: r.quote,
  date: r.on_date,
  rate: r.rate,
  source: r.source,
});

export const ratesSchema = z.object({ items: z.array(rateSchema) }).openapi("ExchangeRates");

export const linesQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  perPage: z.coerce.number().int().min(1).max(PER_PAGE_MAX).default(50),
  project: z
    .string()
    .optional()
    .openapi({ description: "Code du projet / Project code", example: "P-2024-001" }),
});

export const lineSchema = z
  .object({
    id: z.string(),
    project: z.string().openapi({ example: "P-2024-001" }),
    funder: z.object({ id: z.string(), name: z.string() }),
    source: z.enum(["public", "private"]),
    party: z.enum(FUNDING_PARTIES),
    currency: z.enum(CURRENCIES),
    committed: money,
    disbursed: money,
    remaining: money,
    committedOn: z.string().openapi({ format: "date" }),
    confidentialTo: partySchema.nullable(),
    note: z.string().nullable(),
  })
  .openapi("FinancingLine");

export const linesSchema = z
  .object({
    items: z.array(lineSchema),
    page: z.number().int(),
    perPage: z.number().int(),
    total: z.number().int(),
  })
  .openapi("FinancingLines");

export const presentLine = (l: FinancingLine) => ({
  id: l.id,
  project: l.projectCode,
  funder: { id: l.funderId, name: l.funderName },
  source: l.source,
  party: l.party,
  currency: l.currency,
  committed: centsToDecimal(l.committed),
  disbursed: centsToDecimal(l.disbursed),
  remaining: centsToDecimal(l.committed - l.disbursed),
  committedOn: l.committedOn,
  confidentialTo: l.confidentialTo,
  note: l.note,
});

export const summaryQuery = z.object({
  currency: z.enum(CURRENCIES).default("CAD").openapi({ example: "EUR" }),
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .openapi({
      format: "date",
      description:
        "Date de conversion (aujourd’hui par défaut) / Conversion date (today by default)",
    }),
});

const nativeSchema = z.object({ CAD: money, EUR: money });

const summaryRowSchema = z
  .object({
    key: z.string(),
    title: z.object({ fr: z.string(), en: z.string() }).optional(),
    committed: money,
    disbursed: money,
    native: z.object({ committed: nativeSchema, disbursed: nativeSchema }),
  })
  .openapi("PortfolioSummaryRow");

export const summarySchema = z
  .object({
    currency: z.enum(CURRENCIES),
    at: z.string().openapi({ format: "date" }),
    rule: z.string(),
    rate: z
      .object({ eurToCad: z.string(), inverted: z.boolean(), rate: rateSchema })
      .nullable()
      .openapi({ description: "Le taux EUR→CAD appliqué / The EUR→CAD rate applied" }),
    total: summaryRowSchema,
    by: z.object(
      Object.fromEntries(DIMENSIONS.map((d) => [d, z.array(summaryRowSchema)])) as Record<
        (typeof DIMENSIONS)[number],
        z.ZodArray<typeof summaryRowSchema>
      >,
    ),
  })
  .openapi("PortfolioSummary");

const native = (a: Record<Currency, bigint>) => ({
  CAD: centsToDecimal(a.CAD),
  EUR: centsToDecimal(a.EUR),
});

const presentRow = (r: SummaryRow) => ({
  key: r.key,
  ...(r.title && { title: r.title }),
  committed: centsToDecimal(r.committed),
  disbursed: centsToDecimal(r.disbursed),
  native: { committed: native(r.native.committed), disbursed: native(r.native.disbursed) },
});

export const CONVERSION_RULE =
  "Sommes exactes par devise, converties une fois au dernier taux publié à la date ou avant, arrondi au cent, demi au pair / Exact per-currency sums, converted once at the latest rate published on or before the date, rounded to the cent, half to even";

const presentUsed = (u: RateUsed) => ({
  // An inverted CAD→EUR row is shown to 8 decimals; conversions use the exact fraction.
  eurToCad: u.inverted ? rateToDecimal(u.rate) : u.row.rate,
  inverted: u.inverted,
  rate: presentRate(u.row),
});

export const presentSummary = (s: PortfolioSummary) => ({
  currency: s.currency,
  at: s.at,
  rule: CONVERSION_RULE,
  rate: s.rate && presentUsed(s.rate),
  total: presentRow(s.total),
  by: Object.fromEntries(DIMENSIONS.map((d) => [d, s.by[d].map(presentRow)])) as Record<
    (typeof DIMENSIONS)[number],
    ReturnType<typeof presentRow>[]
  >,
});
