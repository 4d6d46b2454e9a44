/**
 * Shapes of the financing write API. Amounts and the currency are plain strings here so that the
 * commands' own checks answer, with the catalogue's named errors (unknown currency, negative
 * amount…) rather than a generic type error; enumerations that have no error of their own are
 * checked by zod.
 */
import { z } from "@hono/zod-openapi";
import { EXAMPLE } from "../shared/demo-ids.ts";
import { lineSchema } from "./api-schema.ts";
import { CURRENCIES } from "./money.ts";
import { CONFIDENTIALITY, FUNDING_PARTIES, SOURCES } from "./schema.ts";

const amount = z.string().openapi({
  description:
    "Montant exact en texte, point décimal, au plus deux décimales ; jamais un nombre JSON / Exact amount as text, decimal point, at most two decimals; never a JSON number",
  example: "1234567.89",
});

const date = (example: string) => z.string().openapi({ format: "date", example });

const commitmentFields = {
  funderId: z.string().openapi({
    description: "Identifiant de l’organisation / The organisation's id",
    example: EXAMPLE.funder,
  }),
  source: z.enum(SOURCES),
  party: z.enum(FUNDING_PARTIES),
  amount,
  currency: z.string().openapi({ enum: [...CURRENCIES], example: "CAD" }),
  committedOn: date("2024-02-01"),
  confidentialTo: z
    .enum(CONFIDENTIALITY.filter((p) => p !== ""))
    .nullable()
    .default(null)
    .openapi({
      description:
        "Partie seule à voir la ligne, ou null / The only party that sees the line, or null",
    }),
  note: z.string().default("").openapi({ description: "1 000 caractères au plus / At most 1,000" }),
};

export const commitmentUpdateBody = z
  .strictObject(commitmentFields)
  .openapi("FinancingCommitmentInput");

export const commitmentCreateBody = z
  .strictObject({
    project: z
      .string()
      .openapi({ description: "Code du projet / Project code", example: EXAMPLE.project }),
    ...commitmentFields,
  })
  .openapi("FinancingCommitmentCreate");

export const disbursementBody = z
  .strictObject({
    // Less than what the example commitment has left to disburse.
    amount: amount.openapi({ example: "100000.00" }),
    paidOn: date("2025-03-01"),
    note: z.string().default(""),
  })
  .openapi("FinancingDisbursementInput");

export const lineParam = z.object({
  id: z
    .string()
    .openapi({ param: { name: "id", in: "path" }, format: "uuid", example: EXAMPLE.commitment }),
});

export const confirmQuery = z.object({
  confirm: z.string().optional().openapi({
    description: '« true » pour confirmer la suppression / "true" to confirm the deletion',
    example: "true",
  }),
});

export const disbursementCreatedSchema = z
  .object({
    disbursement: z.object({
      id: z.string(),
      amount: z.string().openapi({ example: "250000.00" }),
      paidOn: z.string().openapi({ format: "date" }),
      note: z.string().nullable(),
    }),
    line: lineSchema,
  })
  .openapi("FinancingDisbursementCreated");
