import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { EMPTY_FORM, type FormState, formValues } from "../../platform/web/fields.tsx";
import { checkForm } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { accessText as t } from "../requests/messages.ts";
import { deleteArticleText, saveArticleText } from "./commands.ts";
import { wordingText } from "./messages.ts";
import { ArticleTextsPage, DeletePage, PATH } from "./pages.tsx";
import { presentArticleText } from "./present.ts";
import { listArticleTexts, normaliseArticle } from "./queries.ts";
import { articleTextForm } from "./schema.ts";

const MANAGE = access("update", "AccessArticleText");

/** Administrators keep the official wording of the sections decisions rely on. */
export function registerArticleTexts(router: Router): void {
  router.page("GET", PATH, MANAGE, (c) => showList(c, EMPTY_FORM));
  router.page("POST", PATH, MANAGE, save);
  router.page("GET", `${PATH}/:jurisdiction/:article/supprimer`, MANAGE, confirmDelete);
  router.page("POST", `${PATH}/:jurisdiction/:article/supprimer`, MANAGE, remove);
}

async function showList(c: Context<AppEnv>, form: FormState, status: 200 | 422 = 200) {
  const lang = c.var.lang;
  const rows = await listArticleTexts(c.var.deps.db);
  return renderPage(
    c,
    t(lang, "articleTexts"),
    <ArticleTextsPage
      lang={lang}
      csrf={c.var.csrfToken}
      texts={rows.map(presentArticleText)}
      form={form}
      saved={c.req.query("ok") === "1"}
    />,
    status,
  );
}

async function save(c: Context<AppEnv>) {
  const body = await c.req.parseBody();
  const values = formValues(body);
  try {
    await saveArticleText(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      checkForm(articleTextForm, body),
    );
  } catch (error) {
    if (error instanceof AppError && error.id === "validation_failed") {
      return showList(c, { values, errors: error.fields }, 422);
    }
    throw error;
  }
  return c.redirect(localisedPath(c.var.lang, `${PATH}?ok=1`), 303);
}

function target(c: Context<AppEnv>) {
  const jurisdiction = c.req.param("jurisdiction") === "fr" ? "fr" : "qc";
  const article = normaliseArticle(decodeURIComponent(c.req.param("article") ?? "")) ?? "";
  return { jurisdiction, article } as const;
}

function confirmDelete(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const { jurisdiction, article } = target(c);
  return renderPage(
    c,
    wordingText(lang, "delete"),
    <DeletePage lang={lang} csrf={c.var.csrfToken} jurisdiction={jurisdiction} article={article} />,
  );
}

async function remove(c: Context<AppEnv>) {
  const { jurisdiction, article } = target(c);
  await deleteArticleText(
    c.var.deps.db,
    performerOf(c.var.actor, c.var.requestId),
    jurisdiction,
    article,
  );
  return c.redirect(localisedPath(c.var.lang, `${PATH}?ok=1`), 303);
}
