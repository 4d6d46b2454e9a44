import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { findPublished, listPublished } from "../requests/disclosure.ts";
import { publicTitle } from "../requests/public-title.ts";
import { REFERENCE_PATTERN } from "../requests/reference.ts";
import { releasedContent } from "../requests/repository.ts";
import {
  DOCUMENT_DECISION_LABELS,
  JURISDICTION_LABELS,
  OUTCOME_LABELS,
  accessText as t,
} from "./messages.ts";

const READ = access("read", "DisclosureLog");
const PER_PAGE = 20;

export function registerDisclosureLog(router: Router): void {
  router.page("GET", "/acces/diffusion", READ, showLog);
  router.page("GET", "/acces/diffusion/:reference", READ, showDecision);
  router.page("GET", "/acces/diffusion/:reference/documents/:id", READ, async (c) => {
    const published = await publishedOr404(c);
    const doc = published.documents.find((d) => d.id === c.req.param("id"));
    if (!doc || doc.decision === "refused") throw fail("not_found");
    const content = await releasedContent(c.var.deps.db, published.id, doc.id);
    if (!content) throw fail("not_found");
    return new Response(content.content as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${published.reference}-${doc.id.slice(0, 8)}.pdf"`,
      },
    });
  });
}

async function publishedOr404(c: Context<AppEnv>) {
  const reference = c.req.param("reference") ?? "";
  const published = REFERENCE_PATTERN.test(reference)
    ? await findPublished(c.var.deps.db, reference)
    : null;
  if (!published) throw fail("access_request_unknown", { reference });
  return published;
}

const logHref = (lang: Lang, q: string | undefined, page: number) => {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return localisedPath(lang, `/acces/diffusion${query ? `?${query}` : ""}`);
};

async function showLog(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const q = c.req.query("q")?.trim().slice(0, 100) || undefined;
  const requested = Number(c.req.query("page") ?? "1");
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const result = await listPublished(c.var.deps.db, { q, page, perPage: PER_PAGE });
  const pages = Math.max(1, Math.ceil(result.total / PER_PAGE));
  return renderPage(
    c,
    t(lang, "disclosureLog"),
    <>
      <h1>{t(lang, "disclosureLog")}</h1>
      <p class="lead">{t(lang, "disclosureLead")}</p>
      <form method="get" action={localisedPath(lang, "/acces/diffusion")} class="filters">
        <div>
          <label for="q">{t(lang, "search")}</label>
          <input id="q" name="q" value={q ?? ""} />
        </div>
        <div>
          <button type="submit">{t(lang, "search")}</button>
        </div>
      </form>
      <p aria-live="polite">{t(lang, "results", { n: result.total })}</p>
      {result.rows.length === 0 ? (
        <p class="empty-state">{t(lang, "emptyDisclosure")}</p>
      ) : (
        <ul class="disclosures">
          {result.rows.map((r) => (
            <li>
              <h2>
                <a href={localisedPath(lang, `/acces/diffusion/${r.reference}`)}>
                  {r.reference} — {publicTitle(r, lang)}
                </a>
              </h2>
              <p>
                {localise(OUTCOME_LABELS[r.outcome], lang)} · {t(lang, "decidedOn")}{" "}
                {formatDate(lang, r.decided_on)} ·{" "}
                {t(lang, "publishedOn", { date: formatDate(lang, r.published_on) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav class="pagination" aria-label={t(lang, "pagination")}>
          {page > 1 && (
            <a href={logHref(lang, q, page - 1)} rel="prev">
              {t(lang, "previous")}
            </a>
          )}
          <span aria-current="page">{t(lang, "pageOf", { page, pages })}</span>
          {page < pages && (
            <a href={logHref(lang, q, page + 1)} rel="next">
              {t(lang, "next")}
            </a>
          )}
        </nav>
      )}
    </>,
  );
}

/** A published decision: what was asked, decided and released; never who asked. */
async function showDecision(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const p = await publishedOr404(c);
  return renderPage(
    c,
    `${t(lang, "reference")} ${p.reference}`,
    <>
      <p>
        <a href={localisedPath(lang, "/acces/diffusion")}>{t(lang, "disclosureLog")}</a>
      </p>
      <h1>
        {p.reference} — {publicTitle(p, lang)}
      </h1>
      <dl class="facts">
        <dt>{t(lang, "jurisdiction")}</dt>
        <dd>{localise(JURISDICTION_LABELS[p.jurisdiction], lang)}</dd>
        <dt>{t(lang, "received")}</dt>
        <dd>{formatDate(lang, p.received_on)}</dd>
        <dt>{t(lang, "decidedOn")}</dt>
        <dd>{formatDate(lang, p.decided_on)}</dd>
        <dt>{t(lang, "outcome")}</dt>
        <dd>{localise(OUTCOME_LABELS[p.outcome], lang)}</dd>
      </dl>
      <h2>{t(lang, "summary")}</h2>
      <p class="prewrap">{p.public_summary}</p>
      <h2>{t(lang, "documents")}</h2>
      <ul>
        {p.documents.map((d) => (
          <li>
            {d.title} — {localise(DOCUMENT_DECISION_LABELS[d.decision], lang)}
            {d.articles.length > 0 && ` (${d.articles.join(", ")})`}
            {d.decision === "refused" ? (
              ` · ${t(lang, "notReleased")}`
            ) : (
              <>
                {" · "}
                <a href={localisedPath(lang, `/acces/diffusion/${p.reference}/documents/${d.id}`)}>
                  {t(lang, "download", { n: d.pages })}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>,
  );
}
