import { z } from "@hono/zod-openapi";
import { JURISDICTIONS } from "../../shared/jurisdiction.ts";
import { OUTCOMES, STATUSES } from "../requests/status.ts";

export const PER_PAGE_MAX = 100;

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const perPage = z.coerce.number().int().min(1).max(PER_PAGE_MAX).default(25);

export const newRequestBody = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS).openapi({ example: "qc" }),
    subject: z.string().openapi({ example: "Coopération Québec–France sur les métaux critiques" }),
    documentsSought: z
      .string()
      .openapi({ example: "La déclaration d’intention du 22 novembre 2023" }),
    name: z.string().openapi({ example: "Jeanne Tremblay" }),
    email: z.string().optional().openapi({
      description:
        "Courriel ou adresse postale : l’un des deux est obligatoire / E-mail or postal address: one of them is required",
      example: "jeanne.tremblay@example.org",
    }),
    postalAddress: z.string().optional(),
    phone: z.string().optional(),
    lang: z.enum(["fr", "en"]).optional(),
  })
  .openapi("NewAccessRequest");

export const createdSchema = z
  .object({
    reference: z.string().openapi({ example: "202311-76" }),
    receivedOn: z.string().openapi({ format: "date" }),
    due: z.string().openapi({ format: "date" }),
    steps: z.array(z.string()),
    receiptUrl: z.string().openapi({
      description:
        "Lien de l’accusé de réception en ligne, seul moyen de l’ouvrir ; à garder. / Link to the online receipt, the only way to open it; keep it.",
      example: "/acces/demande/recue/202311-76?jeton=…",
    }),
  })
  .openapi("AccessRequestReceipt");

export const registerQuery = z.object({
  status: z.enum(STATUSES).optional(),
  jurisdiction: z.enum(JURISDICTIONS).optional(),
  deadline: z.enum(["overdue", "soon"]).optional(),
  q: z.string().max(100).optional(),
  page,
  perPage,
});

const requestSchema = z
  .object({
    reference: z.string(),
    jurisdiction: z.enum(JURISDICTIONS),
    channel: z.string(),
    receivedOn: z.string().openapi({ format: "date" }),
    subject: z.string(),
    status: z.enum(STATUSES),
    outcome: z.enum(OUTCOMES).nullable(),
    dueOn: z.string().openapi({ format: "date" }),
    decidedOn: z.string().nullable(),
    sentOn: z.string().nullable(),
    publishedOn: z.string().nullable(),
    officer: z.string().nullable(),
  })
  .openapi("AccessRequest");

export const registerSchema = z
  .object({ total: z.number().int(), page: z.number().int(), items: z.array(requestSchema) })
  .openapi("AccessRequestPage");

export const disclosureQuery = z.object({ q: z.string().max(100).optional(), page, perPage });

export const disclosureSchema = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    items: z.array(
      z.object({
        reference: z.string(),
        jurisdiction: z.enum(JURISDICTIONS),
        title: z.string().openapi({
          description:
            "Titre public donné par le responsable (à défaut, l’objet de la demande). / Public title set by the officer (else the request's subject).",
          example: "Déclaration d’intention Québec–France sur les métaux critiques",
        }),
        subject: z.string(),
        outcome: z.enum(OUTCOMES),
        receivedOn: z.string(),
        decidedOn: z.string(),
        publishedOn: z.string(),
        summary: z.string(),
        url: z.string(),
      }),
    ),
  })
  .openapi("DisclosureLogPage");

export const deadlineQuery = z.object({
  received: z.string().openapi({ example: "2023-11-30" }),
  jurisdiction: z.enum(JURISDICTIONS).default("qc"),
  extended: z.enum(["true", "false"]).optional(),
  decided: z.string().optional().openapi({ example: "2023-12-20" }),
});

export const deadlineSchema = z
  .object({
    due: z.string(),
    extendedDue: z.string().nullable(),
    reviewUntil: z.string().nullable(),
    cadaReferralUntil: z.string().nullable(),
    steps: z.array(z.string()),
  })
  .openapi("AccessDeadlines");
