/**
 * Saved scenarios: saving from the calculator page or the API, the shared list and detail, and
 * deletion by the author or an admin after confirmation. Who may do what: criticality/policy.ts.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { deleteSavedScenario, saveScenario } from "./commands.ts";
import { parseChanges, readScenarioForm, renderScenarioPage } from "./pages.tsx";
import { presentSaved, presentSummary } from "./present.ts";
import { findSavedScenario, listSavedScenarios } from "./queries.ts";
import { savedScenarioText as t } from "./saved-messages.ts";
import { DeleteConfirmPage, SavedDetailPage, SavedListPage } from "./saved-pages.tsx";
import {
  idParam,
  listQuery,
  PER_PAGE_DEFAULT,
  saveBody,
  savedListSchema,
  savedSchema,
} from "./saved-schema.ts";

const SUBJECT = "SavedScenario";
const READ = access("read", SUBJECT);
const CREATE = access("create", SUBJECT);
const DELETE = access("delete", SUBJECT);
const TAGS = ["Criticité / Criticality"];
const PATH = "/api/v1/criticality/saved-scenarios";

export function registerSavedScenarios(router: Router): void {
  router.page("GET", "/criticite/scenarios", READ, showList);
  router.page("POST", "/criticite/scenarios", CREATE, saveFromForm);
  router.page("GET", "/criticite/scenarios/:id", READ, async (c) => {
    const s = await found(c);
    const canDelete = c.var.deps.policy.can(c.var.actor, "delete", SUBJECT, {
      authorId: s.author.id,
    });
    return renderPage(
      c,
      s.title,
      <SavedDetailPage lang={c.var.lang} s={s} canDelete={canDelete} />,
    );
  });
  router.page("GET", "/criticite/scenarios/:id/supprimer", DELETE, async (c) => {
    const s = await deletable(c);
    return renderPage(
      c,
      t(c.var.lang, "delete"),
      <DeleteConfirmPage lang={c.var.lang} csrf={c.var.csrfToken} s={s} />,
    );
  });
  router.page("POST", "/criticite/scenarios/:id/supprimer", DELETE, async (c) => {
    const s = await deletable(c);
    await deleteSavedScenario(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), s);
    return c.redirect(`${localisedPath(c.var.lang, "/criticite/scenarios")}?supprime=1`, 303);
  });

  router.api(
    createRoute({
      method: "get",
      path: PATH,
      tags: TAGS,
      summary: "Scénarios enregistrés / Saved scenarios",
      description:
        "Du plus récent au plus ancien ; réservé aux membres des deux parties, aux admins et aux évaluateurs. / Newest first; for members of both parties, admins and reviewers.",
      request: { query: listQuery },
      responses: {
        200: {
          description: "Une page de scénarios / A page of scenarios",
          content: { "application/json": { schema: savedListSchema } },
        },
      },
    }),
    READ,
    async (c) => {
      const { page, perPage } = c.req.valid("query");
      const { items, total } = await listSavedScenarios(c.var.deps.db, page, perPage);
      return c.json({ items: items.map(presentSummary), page, perPage, total }, 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: PATH,
      tags: TAGS,
      summary: "Enregistrer un scénario / Save a scenario",
      description:
        "Recalcule le scénario sur le serveur et enregistre ce résultat avec les millésimes des données ; aucun résultat envoyé n’est repris. / Recomputes the scenario on the server and saves that result with the data vintages; no result sent by the client is used.",
      request: {
        body: { content: { "application/json": { schema: saveBody } }, required: true },
      },
      responses: {
        201: {
          description: "Le scénario enregistré / The saved scenario",
          content: { "application/json": { schema: savedSchema } },
        },
        400: { description: "Titre manquant ou trop long / Title missing or too long" },
      },
    }),
    CREATE,
    async (c) => {
      const body = c.req.valid("json");
      const { id } = await saveScenario(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        c.var.actor,
        c.var.lang,
        body,
      );
      const saved = await findSavedScenario(c.var.deps.db, id);
      if (!saved) throw fail("not_found");
      return c.json(presentSaved(saved), 201);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: `${PATH}/{id}`,
      tags: TAGS,
      summary: "Un scénario enregistré / One saved scenario",
      request: { params: idParam },
      responses: {
        200: {
          description: "Le scénario / The scenario",
          content: { "application/json": { schema: savedSchema } },
        },
        404: { description: "Introuvable / Not found" },
      },
    }),
    READ,
    async (c) => c.json(presentSaved(await found(c)), 200),
  );

  router.api(
    createRoute({
      method: "post",
      path: `${PATH}/{id}/delete`,
      tags: TAGS,
      summary: "Supprimer un scénario enregistré / Delete a saved scenario",
      description: "Par son auteur ou un admin. / By its author or an admin.",
      request: { params: idParam },
      responses: {
        200: {
          description: "Supprimé / Deleted",
          content: {
            "application/json": { schema: z.object({ id: z.string(), deleted: z.literal(true) }) },
          },
        },
        403: { description: "Ni l’auteur ni un admin / Neither the author nor an admin" },
        404: { description: "Introuvable / Not found" },
      },
    }),
    DELETE,
    async (c) => {
      const s = await deletable(c);
      await deleteSavedScenario(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), s);
      return c.json({ id: s.id, deleted: true as const }, 200);
    },
  );
}

async function found(c: Context<AppEnv>) {
  const s = await findSavedScenario(c.var.deps.db, c.req.param("id") ?? "");
  if (!s) throw fail("not_found");
  return s;
}

/** The scenario, once the policy has allowed this actor to delete this one. */
async function deletable(c: Context<AppEnv>) {
  const s = await found(c);
  c.var.deps.policy.authorize(c.var.actor, "delete", SUBJECT, { authorId: s.author.id });
  return s;
}

async function showList(c: Context<AppEnv>) {
  const requested = Number(c.req.query("page") ?? "1");
  const wanted = Number.isInteger(requested) && requested >= 1 ? requested : 1;
  const db = c.var.deps.db;
  let { items, total } = await listSavedScenarios(db, wanted, PER_PAGE_DEFAULT);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE_DEFAULT));
  // A page past the end (after deletions) shows the last one rather than an empty table.
  const page = Math.min(wanted, pages);
  if (page !== wanted) ({ items, total } = await listSavedScenarios(db, page, PER_PAGE_DEFAULT));
  return renderPage(
    c,
    t(c.var.lang, "listTitle"),
    <SavedListPage
      lang={c.var.lang}
      items={items}
      total={total}
      page={page}
      pages={pages}
      notice={c.req.query("supprime") === "1" ? t(c.var.lang, "deleted") : undefined}
    />,
  );
}

async function saveFromForm(c: Context<AppEnv>) {
  const body = await c.req.parseBody({ all: true });
  const all = (name: string) =>
    [body[name] ?? []].flat().filter((v): v is string => typeof v === "string");
  const form = readScenarioForm(all);
  const title = all("titre")[0] ?? "";
  const note = all("note")[0] ?? "";
  try {
    const changes = parseChanges(form);
    if (!changes) throw fail("validation_failed");
    const { id } = await saveScenario(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      c.var.actor,
      c.var.lang,
      { title, note, material: form.material, changes },
    );
    return c.redirect(localisedPath(c.var.lang, `/criticite/scenarios/${id}`), 303);
  } catch (e) {
    if (!(e instanceof AppError) || e.status === 401 || e.status === 403) throw e;
    return renderScenarioPage(c, form, {
      title,
      note,
      error: e.messageIn(c.var.lang),
      status: e.status,
    });
  }
}
