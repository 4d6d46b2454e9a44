import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { callBody, callListSchema, callSchema, codeParam, TAGS } from "./api-schema.ts";
import { visibleCall } from "./call-access.ts";
import { createCall } from "./commands.ts";
import { CALLS_PATH } from "./paths.ts";
import { callApi, callApiSummary } from "./present.ts";
import { type CallRow, callDetails, findCallByCode, listCalls } from "./queries.ts";
import { parseCallInput } from "./schema.ts";

const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const urlOf = (c: Context<AppEnv>, code: string) =>
  `${new URL(c.req.url).origin}${localisedPath(c.var.lang, `${CALLS_PATH}/${code}`)}`;

async function full(c: Context<AppEnv>, row: CallRow) {
  const details = await callDetails(c.var.deps.db, row.id);
  return callApi(row, details, c.var.deps.now(), urlOf(c, row.code));
}

/** The calls API: the published calls for anyone, creation for the officials. */
export function registerCallApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/calls",
      tags: TAGS,
      summary: "Appels publiés / Published calls",
      description:
        "Chaque appel avec son état à l’heure du serveur : à venir, ouvert ou clos. / Each call with its status by the server's clock: upcoming, open or closed.",
      responses: { 200: json(callListSchema, "Les appels publiés / The published calls") },
    }),
    access("read", "Call"),
    async (c) => {
      const now = c.var.deps.now();
      const rows = await listCalls(c.var.deps.db, { drafts: false });
      return c.json({ items: rows.map((r) => callApiSummary(r, now, urlOf(c, r.code))) }, 200);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/calls/{code}",
      tags: TAGS,
      summary: "Un appel / One call",
      description:
        "Un brouillon n’est visible que des responsables ; pour les autres, 404. / A draft is visible to officials only; others get 404.",
      request: { params: codeParam },
      responses: {
        200: json(callSchema, "L’appel / The call"),
        404: { description: "Inconnu ou brouillon / Unknown or draft" },
      },
    }),
    access("read", "Call"),
    async (c) => c.json(await full(c, await visibleCall(c, c.req.valid("param").code)), 200),
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/calls",
      tags: TAGS,
      summary: "Créer un appel (brouillon) / Create a call (draft)",
      description:
        "Les dates sont locales au fuseau timeZone ; les montants, en unités de la devise de chaque partie (Québec : CAD, France : EUR). / Dates are local to timeZone; amounts in units of each party's currency (Québec: CAD, France: EUR).",
      request: {
        body: { content: { "application/json": { schema: callBody } }, required: true },
      },
      responses: {
        201: json(callSchema, "L’appel créé / The call created"),
        422: { description: "Champs invalides / Invalid fields" },
      },
    }),
    access("create", "Call"),
    async (c) => {
      const input = parseCallInput(c.req.valid("json"));
      const performer = performerOf(c.var.actor, c.var.requestId);
      const { code } = await createCall(c.var.deps.db, performer, input, c.var.deps.now());
      return c.json(await full(c, (await findCallByCode(c.var.deps.db, code)) as CallRow), 201);
    },
  );
}
