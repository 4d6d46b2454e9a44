import { createRoute, z } from "@hono/zod-openapi";

// Values stay strings here: parseAuditQuery checks them for the page, the CSV and the API alike,
// with field messages in the request's language.
const text = (description: string, example?: string) =>
  z.string().optional().openapi({ description, example });

const AuditQuery = z.object({
  actor: text("Partie du libellé de l’auteur (courriel) / Part of the actor's label (e-mail)"),
  action: text(
    "Action exacte, ou préfixe suivi de * / Exact action, or a prefix followed by *",
    "user.*",
  ),
  subjectType: text("Type d’objet / Subject type", "User"),
  subjectId: text("Identifiant de l’objet / Subject id"),
  from: z.string().optional().openapi({
    format: "date",
    description: "Premier jour inclus, heure de Toronto / First day included, Toronto time",
  }),
  to: z.string().optional().openapi({
    format: "date",
    description: "Dernier jour inclus, heure de Toronto / Last day included, Toronto time",
  }),
  page: text("Page, à partir de 1 / Page, from 1", "1"),
});

const AuditEvent = z
  .object({
    id: z.string(),
    at: z.string().openapi({ format: "date-time" }),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    actionLabel: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    changes: z.unknown().openapi({
      description: "Champs modifiés / Changed fields: {champ: {from, to}}",
      example: { role: { from: null, to: "admin" } },
    }),
    requestId: z.string().nullable(),
  })
  .openapi("AuditEvent");

export const listAuditRoute = createRoute({
  method: "get",
  path: "/api/v1/audit",
  tags: ["Journal d’audit / Audit log"],
  summary: "Événements du journal d’audit / Audit log events",
  description:
    "Du plus récent au plus ancien, 50 par page / Newest first, 50 per page. Administrateurs / Administrators.",
  security: [{ bearer: [] }],
  request: { query: AuditQuery },
  responses: {
    200: {
      description: "Une page d’événements / A page of events",
      content: {
        "application/json": {
          schema: z.object({
            items: z.array(AuditEvent),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    401: { description: "Non authentifié / Not authenticated" },
    403: { description: "Réservé aux administrateurs / Administrators only" },
    422: { description: "Filtre invalide / Invalid filter" },
  },
});
