import type { Context } from "hono";
import { performerOf } from "../../platform/audit/command.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import {
  EMPTY_FORM,
  Field,
  type FormState,
  formValues,
  Select,
} from "../../platform/web/fields.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import {
  deleteArticleText,
  listArticleTexts,
  normaliseArticle,
  saveArticleText,
} from "../requests/article-texts.ts";
import { JURISDICTION_LABELS, accessText as t } from "./messages.ts";

const MANAGE = access("update", "AccessArticleText");
const PATH = "/admin/articles";

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
    <>
      <h1>{t(lang, "articleTexts")}</h1>
      <p class="lead">{t(lang, "articleTextsLead")}</p>
      {c.req.query("ok") === "1" && <Alert kind="success">{t(lang, "saved")}</Alert>}
      {rows.length === 0 ? (
        <p class="empty-state">{t(lang, "noArticleText")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, "jurisdiction")}</th>
              <th scope="col">{t(lang, "articleLabel")}</th>
              <th scope="col">{t(lang, "articleText")}</th>
              <th scope="col">{t(lang, "source")}</th>
              <th scope="col">
                <span class="visually-hidden">{t(lang, "delete")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{r.jurisdiction === "qc" ? "Québec" : "France"}</td>
                <th scope="row">{r.article}</th>
                <td class="prewrap">{lang === "en" && r.text_en ? r.text_en : r.text_fr}</td>
                <td>{r.source}</td>
                <td>
                  <a
                    href={localisedPath(
                      lang,
                      `${PATH}/${r.jurisdiction}/${encodeURIComponent(r.article)}/supprimer`,
                    )}
                  >
                    {t(lang, "delete")}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t(lang, "addArticleText")}</h2>
      <form method="post" action={localisedPath(lang, PATH)} class="stacked">
        <Csrf token={c.var.csrfToken} />
        <Select
          lang={lang}
          form={form}
          name="jurisdiction"
          label={t(lang, "jurisdiction")}
          options={[
            ["qc", JURISDICTION_LABELS.qc],
            ["fr", JURISDICTION_LABELS.fr],
          ]}
        />
        <Field lang={lang} form={form} name="article" required label={t(lang, "articleLabel")} />
        <Field lang={lang} form={form} name="textFr" required multiline label={t(lang, "textFr")} />
        <Field lang={lang} form={form} name="textEn" multiline label={t(lang, "textEn")} />
        <Field lang={lang} form={form} name="source" required label={t(lang, "source")} />
        <div>
          <button type="submit">{t(lang, "apply")}</button>
        </div>
      </form>
    </>,
    status,
  );
}

async function save(c: Context<AppEnv>) {
  const values = formValues(await c.req.parseBody());
  try {
    await saveArticleText(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
      jurisdiction: values.jurisdiction ?? "",
      article: values.article ?? "",
      textFr: values.textFr ?? "",
      textEn: values.textEn ?? "",
      source: values.source ?? "",
    });
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
    t(lang, "delete"),
    <>
      <h1>{t(lang, "deleteArticleText", { article })}</h1>
      <p>{localise(JURISDICTION_LABELS[jurisdiction], lang)}</p>
      <form
        method="post"
        action={localisedPath(
          lang,
          `${PATH}/${jurisdiction}/${encodeURIComponent(article)}/supprimer`,
        )}
      >
        <Csrf token={c.var.csrfToken} />
        <button type="submit" class="danger">
          {t(lang, "delete")}
        </button>{" "}
        <a href={localisedPath(lang, PATH)}>{t(lang, "cancel")}</a>
      </form>
    </>,
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
