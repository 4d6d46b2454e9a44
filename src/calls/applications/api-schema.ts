import { z } from "@hono/zod-openapi";
import { APPLICATION_STATUSES } from "./schema.ts";

export const applicationKeyParam = z.object({
  id: z.string().openapi({
    param: { name: "id", in: "path" },
    description: "Numéro de réception ou identifiant / Receipt number or id",
    example: "AAP-2026-01-0007",
  }),
});

const money = z
  .string()
  .openapi({ description: "Montant exact / Exact amount", example: "45000.00" });

const applicationSummary = z
  .object({
    id: z.string().openapi({ example: "3f0c2a5e-8d4b-4c1e-9a57-2b6f1d0e9c11" }),
    reference: z.string().nullable().openapi({ example: "AAP-2026-01-0007" }),
    call: z.string().openapi({ example: "AAP-2026-01" }),
    status: z.enum(APPLICATION_STATUSES).openapi({ example: "submitted" }),
    language: z.enum(["fr", "en"]),
    title: z.string().openapi({ example: "Graphite sphérique à faible empreinte" }),
    summaryFr: z.string(),
    summaryEn: z.string(),
    createdAt: z.string().openapi({ example: "2026-02-10T14:03:00.000Z" }),
    updatedAt: z.string(),
    submittedAt: z.string().nullable().openapi({ example: "2026-03-30T19:12:44.000Z" }),
    withdrawnAt: z.string().nullable(),
    version: z
      .object({
        number: z.number().int().openapi({ example: 1 }),
        sha256: z.string().openapi({
          example: "9b74c9897bac770ffc029102a200c5de0d3b4b5b1d6f4a1c5e6e9f4b2c1a0d3e",
        }),
      })
      .nullable(),
  })
  .openapi("ApplicationSummary");

export const applicationListSchema = z
  .object({ items: z.array(applicationSummary) })
  .openapi("ApplicationList");

export const applicationSchema = applicationSummary
  .extend({
    partners: z.array(
      z.object({
        position: z.number().int(),
        name: z.string().openapi({ example: "Université Laval" }),
        party: z.enum(["qc", "fr", "other"]),
        kind: z.string().openapi({ example: "university" }),
        role: z.enum(["lead", "partner"]),
      }),
    ),
    budget: z.array(
      z.object({
        partner: z
          .number()
          .int()
          .openapi({ description: "Position du partenaire / Partner position" }),
        year: z.number().int().openapi({ example: 2027 }),
        amount: money,
        currency: z.enum(["CAD", "EUR"]),
        description: z.string(),
      }),
    ),
    funding: z.array(
      z.object({ party: z.enum(["qc", "fr"]), amount: money, currency: z.enum(["CAD", "EUR"]) }),
    ),
    attachments: z.array(
      z.object({
        document: z.string(),
        fileName: z.string().openapi({ example: "description.pdf" }),
        sizeBytes: z.number().int(),
        sha256: z.string(),
      }),
    ),
  })
  .openapi("Application");
