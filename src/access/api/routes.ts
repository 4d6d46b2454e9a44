import { createRoute } from "@hono/zod-openapi";
import { performerOf } from "../../platform/audit/commands.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { computeDeadlines, explainDeadlines } from "../deadlines/index.ts";
import { publicTitle } from "../disclosure/present.ts";
import { listPublished } from "../disclosure/queries.ts";
import { createRequest } from "../requests/commands.ts";
import { receiptPath } from "../requests/present.ts";
import { listRequests } from "../requests/queries.ts";
import { parseIntake, todayIn } from "../requests/schema.ts";
import {
  createdSchema,
  deadlineQuery,
  deadlineSchema,
  disclosureQuery,
  disclosureSchema,
  newRequestBody,
  registerQuery,
  registerSchema,
} from "./schema.ts";

const TAGS = ["Accès à l’information / Access to information"];

export function registerAccessApi(router: Router): void {
  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/access/requests",
      tags: TAGS,
      summary: "Déposer une demande d’accès / File an access request",
      description:
        "Sans compte. La date de réception est celle du jour dans le fuseau du régime choisi. / No account needed. The date of receipt is today in the regime's time zone.",
      request: {
        body: { content: { "application/json": { schema: newRequestBody } }, required: true },
      },
      responses: {
        201: {
          description: "Numéro et délai / Reference and deadline",
          content: { "application/json": { schema: createdSchema } },
        },
        422: { description: "Champs invalides / Invalid fields" },
      },
    }),
    access("create", "AccessRequest"),
    async (c) => {
      const body = c.req.valid("json");
      const now = c.var.deps.now();
      const receivedOn = todayIn(body.jurisdiction, now);
      const intake = parseIntake({ ...body, channel: "web", receivedOn }, now);
      const created = await createRequest(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        intake,
      );
      const deadlines = computeDeadlines({ received: receivedOn, jurisdiction: body.jurisdiction });
      return c.json(
        {
          reference: created.reference,
          receivedOn,
          due: created.dueOn,
          steps: explainDeadlines(deadlines, c.var.lang),
          receiptUrl: receiptPath(c.var.lang, created),
        },
        201,
      );
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/access/requests",
      tags: TAGS,
      summary: "Registre des demandes (responsables) / Request register (officers)",
      description:
        "Sans l’identité des demandeurs, qui n’est montrée que sur la fiche de chaque demande. / Without the requesters' identity, shown only on each request's page.",
      request: { query: registerQuery },
      responses: {
        200: {
          description: "Une page du registre / A page of the register",
          content: { "application/json": { schema: registerSchema } },
        },
      },
    }),
    access("read", "AccessRequest"),
    async (c) => {
      const q = c.req.valid("query");
      const today = todayIn("qc", c.var.deps.now());
      const { total, rows } = await listRequests(c.var.deps.db, q, today);
      return c.json(
        {
          total,
          page: q.page,
          items: rows.map((r) => ({
            reference: r.reference,
            jurisdiction: r.jurisdiction,
            channel: r.channel,
            receivedOn: r.received_on,
            subject: r.subject,
            status: r.status,
            outcome: r.outcome,
            dueOn: r.due_on,
            decidedOn: r.decided_on,
            sentOn: r.sent_on,
            publishedOn: r.published_on,
            officer: r.officer_name,
          })),
        },
        200,
      );
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/access/disclosures",
      tags: TAGS,
      summary: "Décisions diffusées / Disclosure log",
      request: { query: disclosureQuery },
      responses: {
        200: {
          description: "Une page du journal de diffusion / A page of the disclosure log",
          content: { "application/json": { schema: disclosureSchema } },
        },
      },
    }),
    access("read", "DisclosureLog"),
    async (c) => {
      const q = c.req.valid("query");
      const { total, rows } = await listPublished(c.var.deps.db, q);
      const base = new URL(c.req.url).origin;
      return c.json(
        {
          total,
          page: q.page,
          items: rows.map((r) => ({
            reference: r.reference,
            jurisdiction: r.jurisdiction,
            title: publicTitle(r, c.var.lang),
            subject: r.subject,
            outcome: r.outcome,
            receivedOn: r.received_on,
            decidedOn: r.decided_on,
            publishedOn: r.published_on,
            summary: r.public_summary,
            url: `${base}${localisedPath(c.var.lang, `/acces/diffusion/${r.reference}`)}`,
          })),
        },
        200,
      );
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/access/deadlines",
      tags: TAGS,
      summary: "Calcul des délais légaux / Statutory deadlines",
      request: { query: deadlineQuery },
      responses: {
        200: {
          description: "Délais et calcul détaillé / Deadlines and how they were computed",
          content: { "application/json": { schema: deadlineSchema } },
        },
      },
    }),
    access("read", "DisclosureLog"),
    (c) => {
      const q = c.req.valid("query");
      const d = computeDeadlines({
        received: q.received,
        jurisdiction: q.jurisdiction,
        ...(q.extended === "true" ? { extended: true } : {}),
        ...(q.decided ? { decided: q.decided } : {}),
      });
      return c.json(
        {
          due: d.due,
          extendedDue: d.extendedDue,
          reviewUntil: d.reviewUntil,
          cadaReferralUntil: d.cadaReferralUntil,
          steps: explainDeadlines(d, c.var.lang),
        },
        200,
      );
    },
  );
}
