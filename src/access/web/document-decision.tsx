import type { Context } from "hono";
import { performerOf } from "../../platform/audit/command.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { isUuid } from "../../platform/http/ids.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, formValues } from "../../platform/web/fields.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import type { RedactionArea } from "../redaction/area.ts";
import { pdfInfo } from "../redaction/pdf-info.ts";
import { renderPagePng } from "../redaction/render-page.ts";
import { DOCUMENT_DECISIONS, decideDocument } from "../requests/documents.ts";
import type { DocumentRow, RequestRow } from "../requests/repository.ts";
import {
  areaLine,
  decimalOf,
  millimetresFromPoints,
  mmText,
  type PageSize,
  readDecisionForm,
} from "./document-decision-form.ts";
import { withMillimetreGrid } from "./document-decision-grid.ts";
import { DOCUMENT_DECISION_LABELS, accessText as t } from "./messages.ts";
import { requestOr404 } from "./request-routes.tsx";

const READ = access("read", "AccessRequest");
const UPDATE = access("update", "AccessRequest");

/** Pages beyond these are seen in the original PDF: twenty images already make a long page. */
const MAX_PREVIEW_PAGES = 10;
/** One PDF point per pixel: an A4 page is 595 pixels wide and 1 mm is close to 3 pixels. */
const PREVIEW_DPI = 72;

type DecisionDocument = Pick<DocumentRow, "id" | "title" | "pages" | "decision" | "articles"> & {
  redactions: RedactionArea[];
  content: Uint8Array;
  redacted: boolean;
};

async function documentOr404(c: Context<AppEnv>, r: RequestRow): Promise<DecisionDocument> {
  const id = c.req.param("id") ?? "";
  const [doc] = isUuid(id)
    ? await c.var.deps.db.query<DecisionDocument>(
        `SELECT id, title, pages, decision, articles, redactions, content,
                redacted_content IS NOT NULL AS redacted
           FROM access_documents WHERE id = $1 AND request_id = $2`,
        [id, r.id],
      )
    : [];
  if (!doc) throw fail("not_found");
  return doc;
}

/** The officer's page to decide on one document and mark what to redact, and its previews. */
export function registerDocumentDecision(router: Router): void {
  const path = "/acces/demandes/:reference/documents/:id/decision";
  router.page("GET", path, UPDATE, async (c) => {
    const r = await requestOr404(c);
    const doc = await documentOr404(c, r);
    return showDecision(c, r, doc, { values: storedValues(doc, c.var.lang), errors: {} });
  });
  router.page("POST", path, UPDATE, async (c) => {
    const r = await requestOr404(c);
    const doc = await documentOr404(c, r);
    const values = formValues(await c.req.parseBody());
    try {
      const form = readDecisionForm(values, doc.content, pdfInfo(doc.content).pages);
      await decideDocument(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        reference: r.reference,
        documentId: doc.id,
        ...form,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      const status = error.status as Parameters<typeof renderPage>[3];
      const form = { values, errors: error.fields };
      return showDecision(c, r, doc, form, status, error.messageIn(c.var.lang));
    }
    return c.redirect(localisedPath(c.var.lang, `/acces/demandes/${r.reference}?ok=1`), 303);
  });
  router.route("GET", "/acces/demandes/:reference/documents/:id/pages/:page", READ, async (c) => {
    const r = await requestOr404(c);
    const redacted = c.req.query("version") === "redacted";
    const pageText = c.req.param("page") ?? "";
    const id = c.req.param("id") ?? "";
    if (!isUuid(id) || !/^\d{1,5}$/.test(pageText)) throw fail("not_found");
    const [row] = await c.var.deps.db.query<{ content: Uint8Array | null }>(
      `SELECT ${redacted ? "redacted_content" : "content"} AS content
         FROM access_documents WHERE id = $1 AND request_id = $2`,
      [id, r.id],
    );
    if (!row?.content) throw fail("not_found");
    const png = withMillimetreGrid(
      renderPagePng(row.content, Number(pageText), PREVIEW_DPI),
      PREVIEW_DPI,
    );
    return new Response(png as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": "image/png",
        // The original never changes; the redacted version does with each new decision.
        "cache-control": redacted ? "private, no-cache" : "private, max-age=3600",
      },
    });
  });
}

/** What is on file, as the form shows it: saving it unchanged keeps every area. */
function storedValues(doc: DecisionDocument, lang: Lang): Record<string, string> {
  const decimal = decimalOf(lang);
  return {
    ...(doc.decision === "pending" ? {} : { decision: doc.decision }),
    articles: doc.articles.join(", "),
    redactions: doc.redactions.map((a) => areaLine(a, decimal)).join("\n"),
  };
}

function showDecision(
  c: Context<AppEnv>,
  r: RequestRow,
  doc: DecisionDocument,
  form: FormState,
  status: Parameters<typeof renderPage>[3] = 200,
  error?: string,
) {
  const lang = c.var.lang;
  return renderPage(
    c,
    `${t(lang, "decisionTitle")} — ${doc.title}`,
    <DecisionPage
      lang={lang}
      csrf={c.var.csrfToken}
      request={r}
      doc={doc}
      pages={pdfInfo(doc.content).pages}
      form={form}
      error={error}
    />,
    status,
  );
}

type DecisionView = {
  lang: Lang;
  csrf: string;
  request: RequestRow;
  doc: DecisionDocument;
  pages: PageSize[];
  form: FormState;
  error?: string | undefined;
};

function DecisionPage(v: DecisionView) {
  const { lang, request: r, doc } = v;
  const requestPath = `/acces/demandes/${r.reference}`;
  // PDF and image routes answer at one address, in every language.
  const files = `${requestPath}/documents/${doc.id}`;
  return (
    <>
      <p>
        <a href={localisedPath(lang, requestPath)}>
          {t(lang, "backToRequest", { reference: r.reference })}
        </a>
      </p>
      <h1>
        {t(lang, "decisionTitle")} — {doc.title}
      </h1>
      {v.error && <Alert kind="error">{v.error}</Alert>}
      <dl class="facts">
        <dt>{t(lang, "title")}</dt>
        <dd>
          {doc.title} ({t(lang, "pages", { n: doc.pages })}) ·{" "}
          <a href={`${files}/original.pdf`}>{t(lang, "original")}</a>
        </dd>
        <dt>{t(lang, "outcome")}</dt>
        <dd>
          {localise(DOCUMENT_DECISION_LABELS[doc.decision], lang)}
          {(doc.decision === "accessible" || doc.redacted) && (
            <>
              {" · "}
              <a href={`${files}/diffuse.pdf`}>{t(lang, "released")}</a>
            </>
          )}
        </dd>
        <dt>{t(lang, "articles")}</dt>
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
      <h2 id="zones">{t(lang, "storedRedactions", { n: areas.length })}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, "pageColumn")}</th>
            <th scope="col">{t(lang, "xColumn")}</th>
            <th scope="col">{t(lang, "yColumn")}</th>
            <th scope="col">{t(lang, "widthColumn")}</th>
            <th scope="col">{t(lang, "heightColumn")}</th>
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
      <h2 id="decision">{t(lang, "decisionLegend")}</h2>
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
          label={t(lang, "articles")}
          hint={t(lang, "articlesHint")}
        />
        <Field
          lang={lang}
          form={form}
          name="redactions"
          label={t(lang, "redactions")}
          hint={t(lang, "redactionsHint")}
          multiline
        />
        <Field lang={lang} form={form} name="findText" label={t(lang, "findText")} />
        <Field lang={lang} form={form} name="findArticle" label={t(lang, "findArticle")} />
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
      <h2 id={id}>{t(lang, redacted ? "redactedPreviews" : "originalPreviews")}</h2>
      <p class="hint">{t(lang, "gridLegend")}</p>
      {pages.length > shown.length && (
        <p class="hint">{t(lang, "morePages", { shown: shown.length, n: pages.length })}</p>
      )}
      {shown.map((size, i) => {
        const page = i + 1;
        const decimal = decimalOf(lang);
        return (
          <figure>
            <img
              src={`${files}/pages/${page}${redacted ? "?version=redacted" : ""}`}
              alt={t(lang, redacted ? "redactedPreview" : "preview", { page })}
              width={Math.round(size.width * scale)}
              height={Math.round(size.height * scale)}
              loading="lazy"
            />
            <figcaption>
              {t(lang, "pageSize", {
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
