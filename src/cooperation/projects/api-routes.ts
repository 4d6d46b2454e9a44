import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/command.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { canSee, partyOf, visibilityOf } from "../visibility.ts";
import {
  codeParam,
  organisationBody,
  organisationListSchema,
  organisationSchema,
  projectBody,
  projectListQuery,
  projectPageSchema,
  projectSchema,
} from "./api-schema.ts";
import { PROJECT_CODE_PATTERN } from "./code.ts";
import {
  createOrganisation,
  findOrganisation,
  listOrganisations,
  parseOrganisationInput,
} from "./organisations.ts";
import { createProject, ownerPartyFor, updateProject } from "./project-commands.ts";
import { parseProjectInput } from "./project-input.ts";
import { findProjectByCode, listProjects, type ProjectRow, projectDetails } from "./repository.ts";
import { todayOf } from "./today.ts";

const TAGS = ["Projets conjoints / Joint projects"];
const coordinate = (v: string | null) => (v === null ? null : Number(v));

function summaryOf(c: Context<AppEnv>, p: ProjectRow) {
  return {
    code: p.code,
    titleFr: p.title_fr,
    titleEn: p.title_en,
    kind: p.kind,
    status: p.status,
    ownerParty: p.owner_party,
    confidentialTo: p.confidential_to,
    published: p.published,
    latitude: coordinate(p.latitude),
    longitude: coordinate(p.longitude),
    region: p.region,
    country: p.country_id,
    startOn: p.start_on,
    endOn: p.end_on,
    url: `${new URL(c.req.url).origin}${localisedPath(c.var.lang, `/cooperation/projets/${p.code}`)}`,
  };
}

async function visibleByCode(c: Context<AppEnv>, code: string): Promise<ProjectRow> {
  const p = PROJECT_CODE_PATTERN.test(code) ? await findProjectByCode(c.var.deps.db, code) : null;
  if (!p || !canSee(visibilityOf(c.var.actor), p))
    throw fail("project_unknown", { code: code.slice(0, 20) });
  return p;
}

async function fullProject(c: Context<AppEnv>, p: ProjectRow) {
  const d = await projectDetails(c.var.deps.db, p);
  return {
    ...summaryOf(c, p),
    summaryFr: p.summary_fr,
    summaryEn: p.summary_en,
    lines: d.lines.map((l) => ({ code: l.code, textFr: l.text_fr, textEn: l.text_en })),
    stages: d.stages.map((s) => s.id),
    materials: d.materials.map((m) => m.id),
    partners: d.partners.map((o) => ({
      organisationId: o.organisation_id,
      name: o.name,
      role: o.role,
    })),
    history: d.history.map((h) => ({
      from: h.from_status,
      to: h.to_status,
      onDate: h.on_date,
      note: h.note,
    })),
    milestones: d.milestones.map((m) => ({
      titleFr: m.title_fr,
      titleEn: m.title_en,
      dueOn: m.due_on,
      doneOn: m.done_on,
    })),
    documents: d.documents.map((doc) => ({
      id: doc.id,
      title: doc.title,
      fileName: doc.file_name,
      sha256: doc.sha256,
    })),
  };
}

const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

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
      const p = (await findProjectByCode(c.var.deps.db, code)) as ProjectRow;
      return c.json(await fullProject(c, p), 201);
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
        "Remplace les champs du projet ; l’état se change sur la page du projet. / Replaces the project's fields; the status is changed on the project page.",
      request: {
        params: codeParam,
        body: { content: { "application/json": { schema: projectBody } }, required: true },
      },
      responses: {
        200: json(projectSchema, "Le projet modifié / The project updated"),
        403: { description: "Projet de l’autre partie / The other party's project" },
        404: { description: "Inconnu ou non visible / Unknown or not visible" },
        422: { description: "Champs invalides / Invalid fields" },
      },
    }),
    access("update", "Project"),
    async (c) => {
      const p = await visibleByCode(c, c.req.valid("param").code);
      c.var.deps.policy.authorize(c.var.actor, "update", "Project", p);
      const input = parseProjectInput(c.req.valid("json"));
      await updateProject(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        code: p.code,
        input,
        ownerParty: partyOf(c.var.actor) === null ? input.ownerParty : undefined,
      });
      const updated = (await findProjectByCode(c.var.deps.db, p.code)) as ProjectRow;
      return c.json(await fullProject(c, updated), 200);
    },
  );

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
        409: { description: "Nom déjà pris / Name already taken" },
        422: { description: "Champs invalides / Invalid fields" },
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
      const o = await findOrganisation(c.var.deps.db, id);
      return c.json(o as NonNullable<typeof o>, 201);
    },
  );
}
