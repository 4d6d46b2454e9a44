import { z } from "@hono/zod-openapi";
import { CALL_STATUSES } from "../shared/call-status.ts";
import { CRITERION_KINDS } from "./schema.ts";

export const TAGS = ["Appels à projets / Calls for projects"];

export const codeParam = z.object({
  code: z.string().openapi({ param: { name: "code", in: "path" }, example: "AAP-2026-01" }),
});

const amountIn = z
  .union([z.string(), z.number()])
  .openapi({ description: "Montant en unités / Amount in units", example: "250000.00" });

const row = z.record(z.string(), z.unknown());

/** Checked by the same function as the form (parseCallInput), so the errors match. */
export const callBody = z
  .object({
    titleFr: z
      .string()
      .openapi({ example: "Appel conjoint 2027 : recyclage des aimants permanents" }),
    titleEn: z.string().openapi({ example: "2027 joint call: recycling permanent magnets" }),
    textFr: z.string().optional(),
    textEn: z.string().optional(),
    eligibleActivitiesFr: z.string().optional(),
    eligibleActivitiesEn: z.string().optional(),
    timeZone: z.string().openapi({
      description: "America/Toronto ou / or Europe/Paris",
      example: "America/Toronto",
    }),
    opensAt: z.string().openapi({
      description:
        "Date et heure locales dans timeZone / Local date and time in timeZone (YYYY-MM-DDTHH:MM)",
      example: "2027-01-15T09:00",
    }),
    closesAt: z.string().openapi({ example: "2027-03-31T17:00" }),
    envelopeQc: amountIn.openapi({ description: "CAD", example: "1500000" }),
    envelopeFr: amountIn.openapi({ description: "EUR", example: "1000000" }),
    maxFundingQc: amountIn.openapi({ description: "CAD", example: "250000" }),
    maxFundingFr: amountIn.openapi({ description: "EUR", example: "170000" }),
    cofinancingRatePct: z.union([z.string(), z.number()]).openapi({ example: "50" }),
    minPartnersPerParty: z.union([z.string(), z.number()]).openapi({ example: 1 }),
    lines: z.array(z.string()).openapi({ example: ["2.1", "4.4"] }),
    documents: z
      .array(row)
      .optional()
      .openapi({
        description: "{ labelFr, labelEn, required? }",
        example: [{ labelFr: "Budget détaillé", labelEn: "Detailed budget", required: true }],
      }),
    eligibility: z
      .array(row)
      .optional()
      .openapi({
        description: "{ labelFr, labelEn, guidanceFr?, guidanceEn? }",
        example: [
          {
            labelFr: "Au moins un partenaire de chaque partie",
            labelEn: "At least one partner from each party",
          },
        ],
      }),
    scored: z
      .array(row)
      .optional()
      .openapi({
        description: "{ labelFr, labelEn, weight, guidanceFr?, guidanceEn? }",
        example: [
          {
            labelFr: "Qualité scientifique",
            labelEn: "Scientific quality",
            weight: "2",
            guidanceFr: "Originalité et rigueur de la méthode.",
            guidanceEn: "Originality and rigour of the method.",
          },
        ],
      }),
  })
  .openapi("CallInput");

const money = z.object({ amount: z.string(), currency: z.enum(["CAD", "EUR"]) });

const callSummary = z
  .object({
    code: z.string(),
    titleFr: z.string(),
    titleEn: z.string(),
    status: z.enum(CALL_STATUSES),
    opensAt: z.string().openapi({ example: "2027-01-15T14:00:00.000Z" }),
    closesAt: z.string().openapi({ example: "2027-03-31T21:00:00.000Z" }),
    timeZone: z.string(),
    envelopes: z.object({ qc: money, fr: money }),
    url: z.string(),
  })
  .openapi("CallSummary");

export const callListSchema = z.object({ items: z.array(callSummary) }).openapi("CallList");

export const callSchema = callSummary
  .extend({
    textFr: z.string(),
    textEn: z.string(),
    eligibleActivitiesFr: z.string(),
    eligibleActivitiesEn: z.string(),
    maxFunding: z.object({ qc: money, fr: money }),
    cofinancingRatePct: z.string(),
    minPartnersPerParty: z.number().int(),
    lines: z.array(z.string()),
    documents: z.array(
      z.object({ labelFr: z.string(), labelEn: z.string(), required: z.boolean() }),
    ),
    criteria: z.array(
      z.object({
        kind: z.enum(CRITERION_KINDS),
        labelFr: z.string(),
        labelEn: z.string(),
        guidanceFr: z.string(),
        guidanceEn: z.string(),
        weight: z.string().nullable(),
      }),
    ),
  })
  .openapi("Call");
