import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { isUuid } from "../../platform/http/ids.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { type FormState, formValues } from "../../platform/web/fields.tsx";
import { isRefusal } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { pdfInfo } from "../redaction/pdf-info.ts";
import { renderPagePng } from "../redaction/render-page.ts";
import { requestOr404 } from "../requests/load.ts";
import type { RequestRow } from "../requests/queries.ts";
import { decideDocument } from "./commands.ts";
import { areaLine, decimalOf, readDecisionForm } from "./decision-form.ts";
import { DecisionPage, PREVIEW_DPI } from "./decision-page.tsx";
import { withMillimetreGrid } from "./grid.ts";
import { documentText } from "./messages.ts";
import { presentDecisionDocument } from "./present.ts";
import { type DecisionDocument, documentContent, findDecisionDocument } from "./queries.ts";

const READ = access("read", "AccessRequest");
const UPDATE = access("update", "AccessRequest");

async function documentOr404(c: Context<AppEnv>, r: RequestRow): Promise<DecisionDocument> {
  const id = c.req.param("id") ?? "";
  const doc = isUuid(id) ? await findDecisionDocument(c.var.deps.db, r.id, id) : null;
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
      const form = await readDecisionForm(values, doc.content, (await pdfInfo(doc.content)).pages);
      await decideDocument(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        reference: r.reference,
        documentId: doc.id,
        ...form,
      });
    } catch (error) {
      if (!isRefusal(error)) throw error;
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
    const content = await documentContent(
      c.var.deps.db,
      r.id,
      id,
      redacted ? "redacted" : "original",
    );
    if (!content) throw fail("not_found");
    const png = await withMillimetreGrid(
      await renderPagePng(content, Number(pageText), PREVIEW_DPI),
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

async function showDecision(
  c: Context<AppEnv>,
  r: RequestRow,
  doc: DecisionDocument,
  form: FormState,
  status: Parameters<typeof renderPage>[3] = 200,
  error?: string,
) {
  const lang = c.var.lang;
  const { pages } = await pdfInfo(doc.content);
  return renderPage(
    c,
    `${documentText(lang, "decisionTitle")} — ${doc.title}`,
    <DecisionPage
      lang={lang}
      csrf={c.var.csrfToken}
      reference={r.reference}
      doc={presentDecisionDocument(doc)}
      pages={pages}
      form={form}
      error={error}
    />,
    status,
  );
}
