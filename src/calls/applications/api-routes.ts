import { createRoute } from "@hono/zod-openapi";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { applicationKeyParam, applicationListSchema, applicationSchema } from "./api-schema.ts";
import { presentApplicationApi } from "./present.ts";
import {
  latestVersion,
  listApplicationsOf,
  listSubmittedApplications,
  loadApplication,
  loadApplicationContent,
} from "./queries.ts";

const TAGS = ["Candidatures / Applications"];
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** An applicant's own applications (and their consortia's); officials: the submitted ones. */
export function registerApplicationApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/applications",
      tags: TAGS,
      summary: "Mes candidatures / My applications",
      description:
        "Un candidat voit ses candidatures et celles des consortiums où il est invité ; les membres et administrateurs voient les candidatures déposées. / An applicant sees their own applications and those of the consortia they were invited to; members and administrators see submitted applications.",
      responses: {
        200: json(applicationListSchema, "Les candidatures / The applications"),
        401: { description: "Non connecté / Not signed in" },
      },
    }),
    access("read", "Application"),
    async (c) => {
      const actor = c.var.actor;
      if (actor.kind !== "user") throw fail("unauthenticated");
      const db = c.var.deps.db;
      const rows =
        actor.role === "applicant"
          ? await listApplicationsOf(db, actor)
          : await listSubmittedApplications(db);
      const items = await Promise.all(
        rows.map(async (r) => presentApplicationApi(r, null, await latestVersion(db, r.id))),
      );
      return c.json({ items }, 200);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/applications/{id}",
      tags: TAGS,
      summary: "Une candidature / An application",
      request: { params: applicationKeyParam },
      responses: {
        200: json(
          applicationSchema,
          "La candidature et son contenu / The application and its content",
        ),
        404: { description: "Inconnue ou non visible / Unknown or not visible" },
      },
    }),
    access("read", "Application"),
    async (c) => {
      const db = c.var.deps.db;
      const row = await loadApplication(db, c.req.valid("param").id);
      if (!row || !c.var.deps.policy.can(c.var.actor, "read", "Application", row)) {
        throw fail("not_found");
      }
      const content = await loadApplicationContent(db, row.id);
      return c.json(
        presentApplicationApi(row, content, await latestVersion(db, row.id)) as never,
        200,
      );
    },
  );
}
