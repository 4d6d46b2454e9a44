/**
 * Indicators API: a project's values, read with the project's visibility (hidden → 404) and
 * written by those who may update the project, through the form's commands and checks.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { findVisibleProject, type ProjectRef } from "../projects/queries.ts";
import { deleteIndicatorValues, setIndicatorValues } from "./commands.ts";
import { indicatorLabel } from "./messages.ts";
import { indicatorSeries } from "./queries.ts";
import {
  codeParam,
  deleteQuery,
  indicatorsSchema,
  presentSeries,
  savedSchema,
  valuesBody,
  yearParams,
} from "./schema.ts";
import { requireIndicator, requireYear } from "./validate.ts";

const TAGS = ["Indicateurs de durabilité / Sustainability indicators"];
const PATH = "/api/v1/projects/{code}/indicators";
const HIDDEN = { description: "Projet inconnu ou non visible / Unknown or hidden project" };
const REFUSED = { description: "Projet de l’autre partie / The other party's project" };

const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

async function editable(c: Context<AppEnv>, code: string): Promise<ProjectRef> {
  const p = await findVisibleProject(c.var.deps.db, c.var.actor, code);
  c.var.deps.policy.authorize(c.var.actor, "update", "Project", p);
  return p;
}

const listOf = async (c: Context<AppEnv>, p: ProjectRef) => ({
  project: p.code,
  items: (await indicatorSeries(c.var.deps.db, p.id)).map(presentSeries),
});

export function registerIndicatorsApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: PATH,
      tags: TAGS,
      summary: "Indicateurs d’un projet / A project's indicators",
      description:
        "Référence, cible et réel par indicateur et par année, dans l’unité de l’indicateur. / Baseline, target and actual by indicator and year, in the indicator's unit.",
      request: { params: codeParam },
      responses: { 200: json(indicatorsSchema, "Les valeurs / The values"), 404: HIDDEN },
    }),
    access("read", "Project"),
    async (c) => {
      const p = await findVisibleProject(c.var.deps.db, c.var.actor, c.req.valid("param").code);
      return c.json(await listOf(c, p), 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: PATH,
      tags: TAGS,
      summary: "Saisir les valeurs d’une année / Set one year's values",
      description:
        "Un indicateur, une année : une valeur absente garde ce qui était enregistré ; une unité convertible (kt CO2e, GWh, km²…) est convertie exactement. / One indicator, one year: a value left out keeps what was stored; a convertible unit (kt CO2e, GWh, km²…) is converted exactly.",
      request: {
        params: codeParam,
        body: { content: { "application/json": { schema: valuesBody } }, required: true },
      },
      responses: {
        200: json(savedSchema, "Les valeurs du projet / The project's values"),
        403: REFUSED,
        404: HIDDEN,
        422: {
          description: "Valeurs invalides, rien n’est écrit / Invalid values, nothing written",
        },
      },
    }),
    access("update", "Project"),
    async (c) => {
      const p = await editable(c, c.req.valid("param").code);
      const { conversions } = await setIndicatorValues(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        c.var.lang,
        p,
        c.req.valid("json"),
      );
      return c.json({ ...(await listOf(c, p)), conversions }, 200);
    },
  );

  router.api(
    createRoute({
      method: "delete",
      path: `${PATH}/{year}`,
      tags: TAGS,
      summary: "Supprimer les valeurs d’une année / Delete one year's values",
      description:
        "Les valeurs d’un indicateur pour cette année ; exige ?indicator=…&confirm=true. / One indicator's values for that year; requires ?indicator=…&confirm=true.",
      request: { params: yearParams, query: deleteQuery },
      responses: {
        204: { description: "Supprimées / Deleted" },
        403: REFUSED,
        404: { description: "Projet ou valeurs introuvables / Project or values not found" },
        422: {
          description:
            "Indicateur, année ou confirmation invalide / Invalid indicator, year or confirmation",
        },
      },
    }),
    access("update", "Project"),
    async (c) => {
      const { code, year: rawYear } = c.req.valid("param");
      const q = c.req.valid("query");
      const p = await editable(c, code);
      const def = requireIndicator(q.indicator);
      const year = requireYear(rawYear);
      if (q.confirm !== "true")
        throw fail("indicator_delete_unconfirmed", {
          indicator: { fr: indicatorLabel("fr", def.id), en: indicatorLabel("en", def.id) },
          year,
        });
      await deleteIndicatorValues(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        p,
        def.id,
        year,
      );
      return c.body(null, 204);
    },
  );
}
