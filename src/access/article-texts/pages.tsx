import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { JURISDICTIONS, type Jurisdiction } from "../../shared/jurisdiction.ts";
import { JURISDICTION_LABELS, accessText as t } from "../requests/messages.ts";
import { wordingText } from "./messages.ts";
import type { ArticleTextView } from "./present.ts";

export const PATH = "/admin/articles";

/** The wordings on file, each with its way to deletion, and the form to add or replace one. */
export function ArticleTextsPage(p: {
  lang: Lang;
  csrf: string;
  texts: ArticleTextView[];
  form: FormState;
  saved: boolean;
}) {
  const { lang, texts, form } = p;
  return (
    <>
      <h1>{t(lang, "articleTexts")}</h1>
      <p class="lead">{wordingText(lang, "articleTextsLead")}</p>
      {p.saved && <Alert kind="success">{t(lang, "saved")}</Alert>}
      {texts.length === 0 ? (
        <p class="empty-state">{wordingText(lang, "noArticleText")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, "jurisdiction")}</th>
              <th scope="col">{wordingText(lang, "articleLabel")}</th>
              <th scope="col">{wordingText(lang, "articleText")}</th>
              <th scope="col">{wordingText(lang, "source")}</th>
              <th scope="col">
                <span class="visually-hidden">{wordingText(lang, "delete")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {texts.map((r) => (
              <tr>
                <td>{r.jurisdiction === "qc" ? "Québec" : "France"}</td>
                <th scope="row">{r.article}</th>
                <td class="prewrap">{lang === "en" && r.textEn ? r.textEn : r.textFr}</td>
                <td>{r.source}</td>
                <td>
                  <a
                    href={localisedPath(
                      lang,
                      `${PATH}/${r.jurisdiction}/${encodeURIComponent(r.article)}/supprimer`,
                    )}
                  >
                    {wordingText(lang, "delete")}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{wordingText(lang, "addArticleText")}</h2>
      <form method="post" action={localisedPath(lang, PATH)} class="stacked">
        <Csrf token={p.csrf} />
        <Select
          lang={lang}
          form={form}
          name="jurisdiction"
          label={t(lang, "jurisdiction")}
          options={JURISDICTIONS.map((j) => [j, JURISDICTION_LABELS[j]] as const)}
        />
        <Field
          lang={lang}
          form={form}
          name="article"
          required
          label={wordingText(lang, "articleLabel")}
        />
        <Field
          lang={lang}
          form={form}
          name="textFr"
          required
          multiline
          label={wordingText(lang, "textFr")}
        />
        <Field
          lang={lang}
          form={form}
          name="textEn"
          multiline
          label={wordingText(lang, "textEn")}
        />
        <Field lang={lang} form={form} name="source" required label={wordingText(lang, "source")} />
        <div>
          <button type="submit">{t(lang, "apply")}</button>
        </div>
      </form>
    </>
  );
}

/** Deleting a wording asks first. */
export function DeletePage(p: {
  lang: Lang;
  csrf: string;
  jurisdiction: Jurisdiction;
  article: string;
}) {
  const { lang, jurisdiction, article } = p;
  return (
    <>
      <h1>{wordingText(lang, "deleteArticleText", { article })}</h1>
      <p>{localise(JURISDICTION_LABELS[jurisdiction], lang)}</p>
      <form
        method="post"
        action={localisedPath(
          lang,
          `${PATH}/${jurisdiction}/${encodeURIComponent(article)}/supprimer`,
        )}
      >
        <Csrf token={p.csrf} />
        <button type="submit" class="danger">
          {wordingText(lang, "delete")}
        </button>{" "}
        <a href={localisedPath(lang, PATH)}>{t(lang, "cancel")}</a>
      </form>
    </>
  );
}
