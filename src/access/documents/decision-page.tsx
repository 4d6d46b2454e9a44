import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState } from "../../platform/web/fields.tsx";
import type { RedactionArea } from "../redaction/area.ts";
import { accessText as t } from "../requests/messages.ts";
import { DOCUMENT_DECISIONS } from "./commands.ts";
import { decimalOf, millimetresFromPoints, mmText, type PageSize } from "./decision-form.ts";
import { DOCUMENT_DECISION_LABELS, documentText } from "./messages.ts";
import type { DocumentDecisionView } from "./present.ts";

/** Pages beyond these are seen in the original PDF: twenty images already make a long page. */
const MAX_PREVIEW_PAGES = 10;
/** One PDF point per pixel: an A4 page is 595 pixels wide and 1 mm is close to 3 pixels. */
export const PREVIEW_DPI = 72;

export type DecisionView = {
  lang: Lang;
  csrf: string;
  reference: string;
  doc: DocumentDecisionView;
  pages: PageSize[];
  form: FormState;
  error?: string | undefined;
};

export function DecisionPage(v: DecisionView) {
  const { lang, reference, doc } = v;
  const requestPath = `/acces/demandes/${reference}`;
  // PDF and image routes answer at one address, in every language.
  const files = `${requestPath}/documents/${doc.id}`;
  return (
    <>
      <p>
        <a href={localisedPath(lang, requestPath)}>
          {documentText(lang, "backToRequest", { reference })}
        </a>
      </p>
      <h1>
        {documentText(lang, "decisionTitle")} — {doc.title}
      </h1>
      {v.error && <Alert kind="error">{v.error}</Alert>}
      <dl class="facts">
        <dt>{documentText(lang, "title")}</dt>
        <dd>
          {doc.title} ({documentText(lang, "pages", { n: doc.pages })}) ·{" "}
          <a href={`${files}/original.pdf`}>{documentText(lang, "original")}</a>
        </dd>
        <dt>{t(lang, "outcome")}</dt>
        <dd>
          {localise(DOCUMENT_DECISION_LABELS[doc.decision], lang)}
          {(doc.decision === "accessible" || doc.redacted) && (
            <>
              {" · "}
              <a href={`${files}/diffuse.pdf`}>{documentText(lang, "released")}</a>
            </>
          )}
        </dd>
        <dt>{documentText(lang, "articles")}</dt>
        <dd>{doc.articles.join(", ") || "—"}</dd>
      </dl>
      {doc.redactions.length > 0 && <StoredRedactions lang={lang} areas={doc.redactions} />}
      <DecisionForm v={v} action={localisedPath(lang, `${files}/decision`)} />
      <Previews v={v} files={files} redacted={false} />
      {doc.redacted && <Previews v={v} files={files} redacted={true} />}
    </>
  );
}

function StoredRedactions({ lang, areas }: { lang: Lang; areas: RedactionArea[] }) {
  const mm = (pt: number) => mmText(millimetresFromPoints(pt), decimalOf(lang));
  return (
    <section aria-labelledby="zones">
      <h2 id="zones">{documentText(lang, "storedRedactions", { n: areas.length })}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{documentText(lang, "pageColumn")}</th>
            <th scope="col">{documentText(lang, "xColumn")}</th>
            <th scope="col">{documentText(lang, "yColumn")}</th>
            <th scope="col">{documentText(lang, "widthColumn")}</th>
            <th scope="col">{documentText(lang, "heightColumn")}</th>
            <th scope="col">{t(lang, "article")}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr>
              <td>{a.page}</td>
              <td>{mm(a.x)}</td>
              <td>{mm(a.y)}</td>
              <td>{mm(a.width)}</td>
              <td>{mm(a.height)}</td>
              <td>{a.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DecisionForm({ v, action }: { v: DecisionView; action: string }) {
  const { lang, form } = v;
  const decisionError = form.errors.decision;
  return (
    <section aria-labelledby="decision">
      <h2 id="decision">{documentText(lang, "decisionLegend")}</h2>
      <form method="post" action={action} class="stacked">
        <Csrf token={v.csrf} />
        <fieldset aria-describedby={decisionError ? "decision-error" : undefined}>
          <legend>{t(lang, "outcome")}</legend>
          {DOCUMENT_DECISIONS.map((d) => (
            <label>
              <input
                type="radio"
                name="decision"
                value={d}
                checked={form.values.decision === d}
                required
              />{" "}
              {localise(DOCUMENT_DECISION_LABELS[d], lang)}
            </label>
          ))}
          {decisionError && (
            <p class="field-error" id="decision-error">
              {localise(decisionError, lang)}
            </p>
          )}
        </fieldset>
        <Field
          lang={lang}
          form={form}
          name="articles"
          label={documentText(lang, "articles")}
          hint={documentText(lang, "articlesHint")}
        />
        <Field
          lang={lang}
          form={form}
          name="redactions"
          label={documentText(lang, "redactions")}
          hint={documentText(lang, "redactionsHint")}
          multiline
        />
        <Field lang={lang} form={form} name="findText" label={documentText(lang, "findText")} />
        <Field
          lang={lang}
          form={form}
          name="findArticle"
          label={documentText(lang, "findArticle")}
        />
        <div>
          <button type="submit">{t(lang, "saveDecision")}</button>
        </div>
      </form>
    </section>
  );
}

function Previews({ v, files, redacted }: { v: DecisionView; files: string; redacted: boolean }) {
  const { lang, pages } = v;
  const shown = pages.slice(0, MAX_PREVIEW_PAGES);
  const id = redacted ? "apercu-caviarde" : "apercu";
  const scale = PREVIEW_DPI / 72;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{documentText(lang, redacted ? "redactedPreviews" : "originalPreviews")}</h2>
      <p class="hint">{documentText(lang, "gridLegend")}</p>
      {pages.length > shown.length && (
        <p class="hint">
          {documentText(lang, "morePages", { shown: shown.length, n: pages.length })}
        </p>
      )}
      {shown.map((size, i) => {
        const page = i + 1;
        const decimal = decimalOf(lang);
        return (
          <figure>
            <img
              src={`${files}/pages/${page}${redacted ? "?version=redacted" : ""}`}
              alt={documentText(lang, redacted ? "redactedPreview" : "preview", { page })}
              width={Math.round(size.width * scale)}
              height={Math.round(size.height * scale)}
              loading="lazy"
            />
            <figcaption>
              {documentText(lang, "pageSize", {
                page,
                width: mmText(millimetresFromPoints(size.width), decimal),
                height: mmText(millimetresFromPoints(size.height), decimal),
              })}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
