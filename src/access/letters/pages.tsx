import { formatDateTime } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { issueText, jurisdictionLabel, kindLabel, languageLabel, letterText } from "./messages.ts";
import type { StoredTemplate } from "./queries.ts";
import type { TemplateIssue } from "./template.ts";
import { TEMPLATE_KEYS, type TemplateKey } from "./types.ts";
import { FLAGS, LOOPS, REQUIRED, SCALARS } from "./vocabulary.ts";

export const templatePath = (lang: Lang, key: TemplateKey, suffix = "") =>
  localisedPath(lang, `/admin/modeles/${key.kind}/${key.jurisdiction}/${key.lang}${suffix}`);

const keyId = (key: TemplateKey) => `${key.kind}.${key.jurisdiction}.${key.lang}`;

export function keyTitle(lang: Lang, key: TemplateKey): string {
  return letterText(lang, "editTitle", {
    letter: kindLabel(lang, key.kind),
    jurisdiction: jurisdictionLabel(lang, key.jurisdiction),
    language: languageLabel(lang, key.lang),
  });
}

export function TemplateListPage(p: { lang: Lang; changed: Map<string, StoredTemplate> }) {
  const { lang } = p;
  const t = (k: Parameters<typeof letterText>[1]) => letterText(lang, k);
  return (
    <>
      <h1>{t("listTitle")}</h1>
      <p class="lead">{t("listIntro")}</p>
      <div class="table-wrap">
        <table>
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("letter")}</th>
              <th scope="col">{t("jurisdiction")}</th>
              <th scope="col">{t("language")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {TEMPLATE_KEYS.map((key) => {
              const stored = p.changed.get(keyId(key));
              return (
                <tr>
                  <th scope="row">{kindLabel(lang, key.kind)}</th>
                  <td>{jurisdictionLabel(lang, key.jurisdiction)}</td>
                  <td>{languageLabel(lang, key.lang)}</td>
                  <td>{stored ? changedText(lang, stored) : t("original")}</td>
                  <td>
                    <a
                      href={templatePath(lang, key)}
                      aria-label={`${t("edit")} – ${keyTitle(lang, key)}`}
                    >
                      {t("edit")}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

const changedText = (lang: Lang, stored: StoredTemplate) =>
  stored.updatedAt
    ? letterText(lang, "changed", {
        date: formatDateTime(lang, stored.updatedAt),
        who: stored.updatedBy ?? "—",
      })
    : letterText(lang, "original");

export type EditorView = {
  lang: Lang;
  csrf: string;
  templateKey: TemplateKey;
  body: string;
  stored: StoredTemplate;
  issues?: TemplateIssue[];
  notice?: string;
};

export function TemplateEditorPage(v: EditorView) {
  const { lang, templateKey: key } = v;
  const t = (k: Parameters<typeof letterText>[1]) => letterText(lang, k);
  const modified = v.stored.updatedAt !== undefined;
  return (
    <>
      <p>
        <a href={localisedPath(lang, "/admin/modeles")}>{t("backToList")}</a>
      </p>
      <h1>{keyTitle(lang, key)}</h1>
      <p>{modified ? changedText(lang, v.stored) : t("original")}</p>
      {v.notice && <Alert kind="success">{v.notice}</Alert>}
      {v.issues && v.issues.length > 0 && (
        <Alert kind="error">
          <p>{t("invalid")}</p>
          <ul>
            {v.issues.map((issue) => (
              <li>{issueLine(lang, issue)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <form method="post" action={templatePath(lang, key)} class="stacked">
        <Csrf token={v.csrf} />
        <div>
          <label for="body">{t("bodyLabel")}</label>
          <p class="hint" id="body-hint">
            {t("bodyHint")}
          </p>
          <textarea
            id="body"
            name="body"
            rows={30}
            spellcheck
            lang={key.lang}
            aria-describedby="body-hint"
            aria-invalid={v.issues && v.issues.length > 0 ? "true" : undefined}
          >
            {v.body}
          </textarea>
        </div>
        <div>
          <button type="submit">{t("save")}</button>
        </div>
      </form>
      <h2>{t("preview")}</h2>
      <p>
        {t("previewIntro")} <a href={templatePath(lang, key, "/apercu.pdf")}>{t("previewPdf")}</a>
        {" · "}
        <a href={templatePath(lang, key, "/apercu.docx")}>{t("previewDocx")}</a>
      </p>
      {modified && (
        <>
          <h2>{t("revert")}</h2>
          <p>{t("revertIntro")}</p>
          <p>
            <a class="button" href={templatePath(lang, key, "/retablir")}>
              {t("revert")}
            </a>
          </p>
        </>
      )}
      <FieldReference lang={lang} templateKey={key} />
    </>
  );
}

export function issueLine(lang: Lang, issue: TemplateIssue): string {
  const text = issueText(lang, issue.code, { name: issue.name });
  return issue.line > 0 ? `${text} (${issueText(lang, "atLine", { line: issue.line })})` : text;
}

function FieldReference({ lang, templateKey }: { lang: Lang; templateKey: TemplateKey }) {
  const t = (k: Parameters<typeof letterText>[1]) => letterText(lang, k);
  const required = REQUIRED[templateKey.kind];
  return (
    <section aria-labelledby="reference">
      <h2 id="reference">{t("reference")}</h2>
      {required.length > 0 && (
        <p>{letterText(lang, "required", { list: required.map((r) => `{{${r}}}`).join(", ") })}</p>
      )}
      <h3>{t("fields")}</h3>
      <p>{t("dateFilter")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("meaning")}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(SCALARS).map(([name, texts]) => (
            <tr>
              <td>
                <code>{`{{${name}}}`}</code>
              </td>
              <td>{texts[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("lists")}</h3>
      <p>{t("listsIntro")}</p>
      <dl>
        {Object.entries(LOOPS).map(([name, loop]) => (
          <>
            <dt>
              <code>{`{{#each ${name}}}`}</code> — {loop.help[lang]}
            </dt>
            <dd>
              {Object.entries(loop.fields).map(([field, texts], i) => (
                <>
                  {i > 0 && ", "}
                  <code>{`{{${field}}}`}</code> ({texts[lang]})
                </>
              ))}
            </dd>
          </>
        ))}
      </dl>
      <h3>{t("conditions")}</h3>
      <p>{t("conditionsIntro")}</p>
      <ul>
        {Object.entries(FLAGS).map(([name, texts]) => (
          <li>
            <code>{`{{#if ${name}}}`}</code> — {texts[lang]}
          </li>
        ))}
      </ul>
      <h3>{t("markup")}</h3>
      <p>{t("markupHelp")}</p>
    </section>
  );
}

export function RevertConfirmPage(p: { lang: Lang; csrf: string; templateKey: TemplateKey }) {
  const { lang, templateKey: key } = p;
  const t = (k: Parameters<typeof letterText>[1]) => letterText(lang, k);
  return (
    <>
      <h1>{t("revert")}</h1>
      <p class="lead">{keyTitle(lang, key)}</p>
      <p>{t("revertIntro")}</p>
      <form method="post" action={templatePath(lang, key, "/retablir")} class="stacked">
        <Csrf token={p.csrf} />
        <p>{t("revertConfirm")}</p>
        <div>
          <button type="submit" class="danger">
            {t("revert")}
          </button>{" "}
          <a href={templatePath(lang, key)}>{t("cancel")}</a>
        </div>
      </form>
    </>
  );
}
