import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { DOCUMENT_DECISION_LABELS } from "../documents/messages.ts";
import { JURISDICTION_LABELS, OUTCOME_LABELS, accessText as t } from "../requests/messages.ts";
import { disclosureText } from "./messages.ts";
import type { PublishedDecisionView, PublishedView } from "./present.ts";

const logHref = (lang: Lang, q: string | undefined, page: number) => {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return localisedPath(lang, `/acces/diffusion${query ? `?${query}` : ""}`);
};

/** Why a page of the log is empty: nothing published, nothing found, or a page past the last. */
function EmptyLog(p: { lang: Lang; q: string | undefined; pages: number; total: number }) {
  const { lang, q, pages, total } = p;
  if (total > 0)
    return (
      <p class="empty-state">
        {disclosureText(lang, "pastLastPage")}{" "}
        <a href={logHref(lang, q, pages)}>{disclosureText(lang, "toLastPage", { page: pages })}</a>
      </p>
    );
  return (
    <p class="empty-state">
      {q ? disclosureText(lang, "noMatch", { q }) : disclosureText(lang, "emptyDisclosure")}
    </p>
  );
}

/** The public disclosure log: one page of published decisions, searchable. */
export function LogPage(p: {
  lang: Lang;
  q: string | undefined;
  page: number;
  pages: number;
  result: { total: number; decisions: PublishedView[] };
}) {
  const { lang, q, page, pages, result } = p;
  return (
    <>
      <h1>{t(lang, "disclosureLog")}</h1>
      <p class="lead">{disclosureText(lang, "disclosureLead")}</p>
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
      {result.decisions.length === 0 ? (
        <EmptyLog lang={lang} q={q} pages={pages} total={result.total} />
      ) : (
        <ul class="disclosures">
          {result.decisions.map((r) => (
            <li>
              <h2>
                <a href={localisedPath(lang, `/acces/diffusion/${r.reference}`)}>
                  {r.reference} — {r.title}
                </a>
              </h2>
              <p>
                {localise(OUTCOME_LABELS[r.outcome], lang)} · {disclosureText(lang, "decidedOn")}{" "}
                {formatDate(lang, r.decidedOn)} ·{" "}
                {t(lang, "publishedOn", { date: formatDate(lang, r.publishedOn) })}
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
    </>
  );
}

/** A published decision: what was asked, decided and released; never who asked. */
export function PublishedPage({
  lang,
  published: p,
}: {
  lang: Lang;
  published: PublishedDecisionView;
}) {
  return (
    <>
      <p>
        <a href={localisedPath(lang, "/acces/diffusion")}>{t(lang, "disclosureLog")}</a>
      </p>
      <h1>
        {p.reference} — {p.title}
      </h1>
      <dl class="facts">
        <dt>{t(lang, "jurisdiction")}</dt>
        <dd>{localise(JURISDICTION_LABELS[p.jurisdiction], lang)}</dd>
        <dt>{t(lang, "received")}</dt>
        <dd>{formatDate(lang, p.receivedOn)}</dd>
        <dt>{disclosureText(lang, "decidedOn")}</dt>
        <dd>{formatDate(lang, p.decidedOn)}</dd>
        <dt>{t(lang, "outcome")}</dt>
        <dd>{localise(OUTCOME_LABELS[p.outcome], lang)}</dd>
      </dl>
      <h2>{t(lang, "summary")}</h2>
      <p class="prewrap">{p.publicSummary}</p>
      <h2>{t(lang, "documents")}</h2>
      <ul>
        {p.documents.map((d) => (
          <li>
            {d.title} — {localise(DOCUMENT_DECISION_LABELS[d.decision], lang)}
            {d.articles.length > 0 && ` (${d.articles.join(", ")})`}
            {d.decision === "refused" ? (
              ` · ${disclosureText(lang, "notReleased")}`
            ) : (
              <>
                {" · "}
                <a href={localisedPath(lang, `/acces/diffusion/${p.reference}/documents/${d.id}`)}>
                  {disclosureText(lang, "download", { n: d.pages })}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
