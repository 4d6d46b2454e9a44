/**
 * The capacities a project adds, through the API: list, add (or replace), remove with
 * confirm=true. Same rules as the forms: reading follows the project's visibility (404 when
 * hidden), writing needs update rights on it (403 for the other party's project).
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { findVisibleProject, type ProjectRef } from "../projects/queries.ts";
import { capacityNames, type Reference, referenceNames } from "./capacity-choices.ts";
import { type CapacityKey, removeCapacity, setCapacity } from "./commands.ts";
import { capacitiesAt, capacitiesOf } from "./queries.ts";
import { editableProject } from "./route-helpers.ts";
import {
  capacityBody,
  capacityKeyParams,
  capacityListSchema,
  capacitySchema,
  codeParam,
  removeQuery,
  TAGS,
} from "./schema.ts";

const READ = access("read", "Project");
const UPDATE = access("update", "Project");

const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const NOT_FOUND = {
  description: "Projet introuvable ou non visible / Project not found or not visible",
};
const FORBIDDEN = { description: "Projet de l’autre partie / The other party's project" };

type Capacity = CapacityKey & { tonnes: number };

function present(ref: Reference, k: Capacity) {
  const names = capacityNames(ref, k);
  return {
    material: k.material,
    materialName: names.material,
    stage: k.stage,
    stageName: names.stage,
    country: k.country,
    countryName: names.country,
    tonnesPerYear: k.tonnes,
  };
}

async function listOf(c: Context<AppEnv>, p: ProjectRef) {
  const db = c.var.deps.db;
  const [rows, ref] = await Promise.all([capacitiesOf(db, p.id), referenceNames(db)]);
  return {
    project: p.code,
    items: rows.map((r) =>
      present(ref, {
        material: r.material_id,
        stage: r.stage_id,
        country: r.country_id,
        tonnes: Number(r.tonnes_per_year),
      }),
    ),
  };
}

/** The one capacity the DELETE names; without a country the material and stage must suffice. */
async function target(
  c: Context<AppEnv>,
  p: ProjectRef,
  key: Omit<CapacityKey, "country">,
  rawCountry: string | undefined,
): Promise<Capacity> {
  const country = rawCountry?.trim().toUpperCase() || undefined;
  const found = await capacitiesAt(c.var.deps.db, p.id, { ...key, country });
  const [only] = found;
  if (!only) throw fail("capacity_not_found", { ...key, country: country ?? "—" });
  if (found.length > 1) {
    const countries = found.map((f) => f.country).join(", ");
    throw fail("capacity_country_required", { ...key, countries });
  }
  return only;
}

export function registerCapacityApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/projects/{code}/capacities",
      tags: TAGS,
      summary: "Capacités ajoutées par un projet / Capacities a project adds",
      description:
        "Tonnes par an d’une matière, à une étape, dans un pays, que le projet ajouterait : l’entrée du calcul d’effet (/impact). / Tonnes per year of a material, at a stage, in a country, that the project would add: the input of the effect computation (/impact).",
      request: { params: codeParam },
      responses: {
        200: json(capacityListSchema, "Les capacités / The capacities"),
        404: NOT_FOUND,
      },
    }),
    READ,
    async (c) => {
      const p = await findVisibleProject(c.var.deps.db, c.var.actor, c.req.valid("param").code);
      return c.json(await listOf(c, p), 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/projects/{code}/capacities",
      tags: TAGS,
      summary: "Ajouter ou remplacer une capacité / Add or replace a capacity",
      description:
        "Matière et pays du référentiel (identifiant de matière, code ISO alpha-3), étape extraction ou processing, tonnes par an strictement positives. Une capacité existante pour la même matière, étape et le même pays est remplacée (200). / Material and country from the reference (material id, ISO alpha-3 code), stage extraction or processing, strictly positive tonnes per year. An existing capacity for the same material, stage and country is replaced (200).",
      request: {
        params: codeParam,
        body: { content: { "application/json": { schema: capacityBody } }, required: true },
      },
      responses: {
        201: json(capacitySchema, "La capacité ajoutée / The capacity added"),
        200: json(capacitySchema, "La capacité remplacée / The capacity replaced"),
        403: FORBIDDEN,
        404: NOT_FOUND,
        422: {
          description: "Valeurs invalides, rien n’est écrit / Invalid values, nothing written",
        },
      },
    }),
    UPDATE,
    async (c) => {
      const p = await editableProject(c, c.req.valid("param").code);
      const { capacity, replaced } = await setCapacity(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        p,
        c.req.valid("json"),
      );
      const item = present(await referenceNames(c.var.deps.db), capacity);
      return replaced ? c.json(item, 200) : c.json(item, 201);
    },
  );

  router.api(
    createRoute({
      method: "delete",
      path: "/api/v1/projects/{code}/capacities/{material}/{stage}",
      tags: TAGS,
      summary: "Retirer une capacité / Remove a capacity",
      description:
        "Demande confirm=true ; country (ISO alpha-3) est requis quand le projet a cette matière à cette étape dans plusieurs pays. / Needs confirm=true; country (ISO alpha-3) is required when the project has this material at this stage in several countries.",
      request: { params: capacityKeyParams, query: removeQuery },
      responses: {
        204: { description: "Retirée / Removed" },
        403: FORBIDDEN,
        404: { description: "Projet ou capacité introuvable / Project or capacity not found" },
        422: {
          description:
            "Non confirmé, ou pays à préciser ; rien n’est retiré / Not confirmed, or country needed; nothing removed",
        },
      },
    }),
    UPDATE,
    async (c) => {
      const { code, material, stage } = c.req.valid("param");
      const p = await editableProject(c, code);
      const query = c.req.valid("query");
      const found = await target(c, p, { material, stage }, query.country);
      if (query.confirm !== "true") {
        const ref = await referenceNames(c.var.deps.db);
        throw fail("capacity_remove_unconfirmed", capacityNames(ref, found));
      }
      await removeCapacity(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), p, found);
      return c.body(null, 204);
    },
  );
}
