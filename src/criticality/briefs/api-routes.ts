/**
 * The briefs' API: list, one brief and drafting one here; the workflow's steps in
 * workflow-api-routes.ts, versions and their differences in versions-api-routes.ts. Every step
 * calls the same command as the page (commands.ts) under the same rule (access-rules.ts). Signed in
 * with a session, a POST carries the X-CSRF-Token header; a Bearer token needs none (csrf.ts).
 */
import { createRoute, z } from "@hono/zod-openapi";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Router } from "../../platform/http/router.ts";
import { CREATE, READ, SUBJECT } from "./access-rules.ts";
import {
  briefSchema,
  draftBody,
  idParam,
  json,
  listQuery,
  PATH,
  present,
  TAGS,
} from "./api-schema.ts";
import { createBrief } from "./commands.ts";
import { findBrief, listBriefs } from "./queries.ts";
import { registerBriefVersionsApi } from "./versions-api-routes.ts";
import { visibleBrief } from "./visible.ts";
import { registerBriefWorkflowApi } from "./workflow-api-routes.ts";

export function registerBriefApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: PATH,
      tags: TAGS,
      summary: "Notes d’analyse partagées / Shared analysis briefs",
      description:
        "Les notes publiées, ou, pour les membres des deux parties et les admins, celles d’un autre état. / Published briefs, or, for members of both parties and admins, those in another status.",
      request: { query: listQuery },
      responses: {
        200: json(z.object({ items: z.array(briefSchema) }), "Les notes / The briefs"),
      },
    }),
    READ,
    async (c) => {
      const { status } = c.req.valid("query");
      if (status !== "published") c.var.deps.policy.authorize(c.var.actor, "review", SUBJECT);
      const briefs = await listBriefs(c.var.deps.db, [status]);
      return c.json({ items: briefs.map(present) }, 200);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: `${PATH}/{id}`,
      tags: TAGS,
      summary: "Une note / One brief",
      description: "Figures figées avec leurs millésimes. / Frozen figures with their vintages.",
      request: { params: idParam },
      responses: {
        200: json(briefSchema, "La note / The brief"),
        404: { description: "Introuvable / Not found" },
      },
    }),
    READ,
    async (c) => c.json(present(await visibleBrief(c, c.req.valid("param").id)), 200),
  );

  router.api(
    createRoute({
      method: "post",
      path: PATH,
      tags: TAGS,
      summary: "Rédiger une note / Draft a brief",
      description:
        "Par un membre de l’une des parties. Un titre suffit pour un brouillon ; la publication demande tous les textes en français et en anglais. / By a member of either party. A title is enough for a draft; publication needs every text in French and English.",
      request: {
        body: { content: { "application/json": { schema: draftBody } }, required: true },
      },
      responses: {
        201: json(briefSchema, "Le brouillon / The draft"),
        422: {
          description:
            "Titre manquant, matière ou projet inconnu / Missing title, unknown material or project",
        },
      },
    }),
    CREATE,
    async (c) => {
      const { id } = await createBrief(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        c.var.actor,
        c.req.valid("json"),
      );
      const b = await findBrief(c.var.deps.db, id);
      if (!b) throw fail("not_found");
      return c.json(present(b), 201);
    },
  );

  registerBriefWorkflowApi(router);
  registerBriefVersionsApi(router);
}
