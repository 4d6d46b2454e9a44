import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import type { FormState } from "../../platform/web/fields.tsx";
import { RequestForm } from "./intake-page.tsx";
import { OUTCOME_LABELS, STATUS_LABELS, accessText as t } from "./messages.ts";
import type { RequestSummary } from "./present.ts";
import type { RegisterFilters as Filters } from "./schema.ts";
import { OPEN_STATUSES, STATUSES } from "./status.ts";

export function registerHref(lang: Lang, f: Filters, page: number) {
  const params = new URLSearchParams();
  if (f.status) params.set("etat", f.status);
  if (f.jurisdiction) params.set("regime", f.jurisdiction);
  if (f.deadline) params.set("echeance", f.deadline);
  if (f.q) params.set("q", f.q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return localisedPath(lang, `/acces/demandes${query ? `?${query}` : ""}`);
}

/** The officers' register: the deadlines at a glance, the filters, one page of requests. */
export function RegisterPage(p: {
  lang: Lang;
  filters: Filters;
  result: { total: number; requests: RequestSummary[] };
  overdue: number;
  soon: number;
  toPublish: number;
  today: string;
  pages: number;
  canRegister: boolean;
}) {
  const { lang, filters, result, today, pages, canRegister, toPublish } = p;
  return (
    <>
      <h1>{t(lang, "register")}</h1>
      <ul class="dashboard" aria-label={t(lang, "due")}>
        <li class={p.overdue > 0 ? "tile danger" : "tile"}>
          <a href={registerHref(lang, { deadline: "overdue", page: 1 }, 1)}>
            <strong>{p.overdue}</strong> {t(lang, "overdue")}
          </a>
        </li>
        <li class="tile">
          <a href={registerHref(lang, { deadline: "soon", page: 1 }, 1)}>
            <strong>{p.soon}</strong> {t(lang, "dueSoon")}
          </a>
        </li>
        <li class="tile">
          <strong>{toPublish}</strong> {t(lang, "toPublish")}
        </li>
      </ul>
      {canRegister && (
        <p>
          <a class="button" href={localisedPath(lang, "/acces/demandes/nouvelle")}>
            {t(lang, "newRequest")}
          </a>
        </p>
      )}
      <FilterForm lang={lang} filters={filters} />
      <p aria-live="polite">{t(lang, "results", { n: result.total })}</p>
      {result.requests.length === 0 ? (
        <p class="empty-state">{t(lang, "emptyRegister")}</p>
      ) : (
        <RegisterTable lang={lang} requests={result.requests} today={today} />
      )}
      {pages > 1 && (
        <nav class="pagination" aria-label={t(lang, "pagination")}>
          {filters.page > 1 && (
            <a href={registerHref(lang, filters, filters.page - 1)} rel="prev">
              {t(lang, "previous")}
            </a>
          )}
          <span aria-current="page">{t(lang, "pageOf", { page: filters.page, pages })}</span>
          {filters.page < pages && (
            <a href={registerHref(lang, filters, filters.page + 1)} rel="next">
              {t(lang, "next")}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

function FilterForm({ lang, filters }: { lang: Lang; filters: Filters }) {
  return (
    <form method="get" action={localisedPath(lang, "/acces/demandes")} class="filters">
      <div>
        <label for="q">{t(lang, "search")}</label>
        <input id="q" name="q" value={filters.q ?? ""} placeholder={t(lang, "searchHint")} />
      </div>
      <div>
        <label for="etat">{t(lang, "status")}</label>
        <select id="etat" name="etat">
          <option value="">{t(lang, "all")}</option>
          {STATUSES.map((s) => (
            <option value={s} selected={s === filters.status}>
              {localise(STATUS_LABELS[s], lang)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="regime">{t(lang, "jurisdiction")}</label>
        <select id="regime" name="regime">
          <option value="">{t(lang, "all")}</option>
          <option value="qc" selected={filters.jurisdiction === "qc"}>
            Québec
          </option>
          <option value="fr" selected={filters.jurisdiction === "fr"}>
            France
          </option>
        </select>
      </div>
      {filters.deadline && <input type="hidden" name="echeance" value={filters.deadline} />}
      <div>
        <button type="submit">{t(lang, "filter")}</button>
      </div>
    </form>
  );
}

function RegisterTable(p: { lang: Lang; requests: RequestSummary[]; today: string }) {
  const { lang, today } = p;
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{t(lang, "register")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "reference")}</th>
            <th scope="col">{t(lang, "subject")}</th>
            <th scope="col">{t(lang, "received")}</th>
            <th scope="col">{t(lang, "due")}</th>
            <th scope="col">{t(lang, "status")}</th>
            <th scope="col">{t(lang, "officer")}</th>
          </tr>
        </thead>
        <tbody>
          {p.requests.map((r) => {
            const open = OPEN_STATUSES.includes(r.status);
            const late = open && r.dueOn < today;
            return (
              <tr class={late ? "late" : undefined}>
                <th scope="row">
                  <a class="code" href={localisedPath(lang, `/acces/demandes/${r.reference}`)}>
                    {r.reference}
                  </a>
                </th>
                <td>{r.subject}</td>
                <td>{formatDate(lang, r.receivedOn)}</td>
                <td>
                  {open ? formatDate(lang, r.dueOn) : "—"}
                  {late && <span class="badge danger"> {t(lang, "overdue")}</span>}
                </td>
                <td>
                  {localise(STATUS_LABELS[r.status], lang)}
                  {r.outcome && ` — ${localise(OUTCOME_LABELS[r.outcome], lang)}`}
                </td>
                <td>{r.officerName ?? t(lang, "unassigned")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** An officer registers a request received by mail, e-mail or in person. */
export function NewRequestPage(p: { lang: Lang; csrf: string; form: FormState }) {
  const { lang, form } = p;
  return (
    <>
      <h1>{t(lang, "newRequest")}</h1>
      <p class="lead">{t(lang, "newRequestLead")}</p>
      <RequestForm
        lang={lang}
        csrf={p.csrf}
        form={form}
        action={localisedPath(lang, "/acces/demandes")}
        officer
      />
    </>
  );
}
