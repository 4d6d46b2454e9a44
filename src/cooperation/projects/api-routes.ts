import { createRoute } from "@hono/zod-openapi";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { partyOf, visibilityOf } from "../shared/visibility.ts";
import {
  editableByCode,
  fullProject,
  json,
  reloaded,
  summaryOf,
  TAGS,
  visibleByCode,
} from "./api-presenter.ts";
import {
  codeParam,
  confirmQuery,
  projectBody,
  projectListQuery,
  projectPageSchema,
  projectSchema,
} from "./api-schema.ts";
import { createProject, deleteProject, ownerPartyFor, updateProject } from "./commands.ts";
import { listProjects } from "./queries.ts";
import { parseProjectInput } from "./schema.ts";
import { todayOf } from "./today.ts";

const REFUSALS = {
  403: { description: "Projet de l’autre partie / The other party's project" },
  404: { description: "Inconnu ou non visible / Unknown or not visible" },
} as const;

export function registerProjectApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/projects",
      tags: TAGS,
      summary: "Projets visibles / Visible projects",
      description:
        "Le public ne voit que les projets publiés ; un projet confidentiel n’est visible que de sa partie et des administrateurs. / The public sees published projects only; a confidential project is visible only to its party and administrators.",
      request: { query: projectListQuery },
      responses: { 200: json(projectPageSchema, "Une page de projets / A page of projects") },
    }),
    access("read", "Project"),
    async (c) => {
      const q = c.req.valid("query");
      const { total, rows } = await listProjects(c.var.deps.db, visibilityOf(c.var.actor), q);
      return c.json({ total, page: q.page, items: rows.map((p) => summaryOf(c, p)) }, 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/projects",
      tags: TAGS,
      summary: "Créer un projet / Create a project",
      request: {
        body: { content: { "application/json": { schema: projectBody } }, required: true },
      },
      responses: {
        201: json(projectSchema, "Le projet créé / The project created"),
        422: { description: "Champs invalides / Invalid fields" },
      },
    }),
    access("create", "Project"),
    async (c) => {
      const input = parseProjectInput(c.req.valid("json"));
      const { code } = await createProject(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        {
          input,
          ownerParty: ownerPartyFor(c.var.actor, input),
          today: todayOf(c.var.deps.now()),
        },
      );
      return c.json(await reloaded(c, code), 201);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/projects/{code}",
      tags: TAGS,
      summary: "Un projet / One project",
      request: { params: codeParam },
      responses: {
        200: json(projectSchema, "Le projet / The project"),
        404: { description: "Inconnu ou non visible / Unknown or not visible" },
      },
    }),
    access("read", "Project"),
    async (c) => {
      const p = await visibleByCode(c, c.req.valid("param").code);
      return c.json(await fullProject(c, p), 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/projects/{code}",
      tags: TAGS,
      summary: "Modifier un projet / Update a project",
      description:
        "Remplace les champs du projet ; l’état se change par POST /api/v1/projects/{code}/status. / Replaces the project's fields; the status changes through POST /api/v1/projects/{code}/status.",
      request: {
        params: codeParam,
        body: { content: { "application/json": { schema: projectBody } }, required: true },
      },
      responses: {
        200: json(projectSchema, "Le projet modifié / The project updated"),
        ...REFUSALS,
        422: { description: "Champs invalides / Invalid fields" },
      },
    }),
    access("update", "Project"),
    async (c) => {
      const p = await editableByCode(c, c.req.valid("param").code);
      const input = parseProjectInput(c.req.valid("json"));
      await updateProject(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        code: p.code,
        input,
        ownerParty: partyOf(c.var.actor) === null ? input.ownerParty : undefined,
      });
      return c.json(await reloaded(c, p.code), 200);
    },
  );

  router.api(
    createRoute({
      method: "delete",
      path: "/api/v1/projects/{code}",
      tags: TAGS,
      summary: "Supprimer un projet / Delete a project",
      description:
        "Définitif : le projet et ce qui s’y rattache (partenaires, jalons, documents, financements, indicateurs). Exige ?confirm=true ; sans lui, 422 et rien n’est supprimé. / For good: the project and all attached to it (partners, milestones, documents, financing, indicators). Requires ?confirm=true; without it, 422 and nothing is deleted.",
      request: { params: codeParam, query: confirmQuery },
      responses: {
        204: { description: "Supprimé / Deleted" },
        ...REFUSALS,
        422: { description: "Suppression non confirmée / Deletion not confirmed" },
      },
    }),
    access("delete", "Project"),
    async (c) => {
      const p = await editableByCode(c, c.req.valid("param").code, "delete");
      if (c.req.valid("query").confirm !== "true") {
        throw fail("project_delete_query_unconfirmed", { code: p.code });
      }
      await deleteProject(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), p.code);
      return c.body(null, 204);
    },
  );
}
