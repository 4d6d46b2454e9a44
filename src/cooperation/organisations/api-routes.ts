import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { json, TAGS } from "../projects/api-presenter.ts";
import {
  organisationBody,
  organisationListSchema,
  organisationParam,
  organisationSchema,
  organisationUpdateBody,
} from "../projects/api-schema.ts";
import { visibilityOf } from "../shared/visibility.ts";
import { createOrganisation, updateOrganisation } from "./commands.ts";
import {
  countVisibleProjects,
  findOrganisation,
  listOrganisations,
  type OrganisationRow,
} from "./queries.ts";
import { parseOrganisationInput } from "./schema.ts";

const UNKNOWN = { description: "Organisation inconnue / Unknown organisation" };
const INPUT_ERRORS = {
  409: { description: "Nom déjà pris / Name already taken" },
  422: { description: "Champs invalides / Invalid fields" },
} as const;

/** The organisation, with how many of the projects this actor sees it takes part in. */
async function presented(c: Context<AppEnv>, id: string): Promise<OrganisationRow> {
  const db = c.var.deps.db;
  const o = await findOrganisation(db, id);
  if (!o) throw fail("organisation_unknown");
  return { ...o, projects: await countVisibleProjects(db, visibilityOf(c.var.actor), o.id) };
}

export function registerOrganisationApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/organisations",
      tags: TAGS,
      summary: "Organisations / Organisations",
      responses: { 200: json(organisationListSchema, "Les organisations / The organisations") },
    }),
    access("read", "Organisation"),
    async (c) =>
      c.json({ items: await listOrganisations(c.var.deps.db, visibilityOf(c.var.actor)) }, 200),
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/organisations",
      tags: TAGS,
      summary: "Inscrire une organisation / Register an organisation",
      request: {
        body: { content: { "application/json": { schema: organisationBody } }, required: true },
      },
      responses: {
        201: json(organisationSchema, "L’organisation / The organisation"),
        ...INPUT_ERRORS,
      },
    }),
    access("create", "Organisation"),
    async (c) => {
      const input = parseOrganisationInput(c.req.valid("json"));
      const { id } = await createOrganisation(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        input,
      );
      return c.json(await presented(c, id), 201);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/organisations/{id}",
      tags: TAGS,
      summary: "Une organisation / One organisation",
      description:
        "« projects » compte les projets visibles de l’appelant auxquels elle participe. / “projects” counts the caller's visible projects it takes part in.",
      request: { params: organisationParam },
      responses: {
        200: json(organisationSchema, "L’organisation / The organisation"),
        404: UNKNOWN,
      },
    }),
    access("read", "Organisation"),
    async (c) => c.json(await presented(c, c.req.valid("param").id), 200),
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/organisations/{id}",
      tags: TAGS,
      summary: "Modifier une organisation / Update an organisation",
      description:
        "Remplace tous les champs ; les identifiants absents sont retirés. / Replaces every field; identifiers left out are removed.",
      request: {
        params: organisationParam,
        body: {
          content: { "application/json": { schema: organisationUpdateBody } },
          required: true,
        },
      },
      responses: {
        200: json(organisationSchema, "L’organisation modifiée / The organisation updated"),
        404: UNKNOWN,
        ...INPUT_ERRORS,
      },
    }),
    access("update", "Organisation"),
    async (c) => {
      const { id } = c.req.valid("param");
      // A missing organisation is 404 even when the fields are wrong too.
      if (!(await findOrganisation(c.var.deps.db, id))) throw fail("organisation_unknown");
      const input = parseOrganisationInput(c.req.valid("json"));
      await updateOrganisation(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), id, input);
      return c.json(await presented(c, id), 200);
    },
  );
}
