import type { Context } from "hono";
import { performerOf } from "../../platform/audit/command.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { EMPTY_FORM, type FormState, formValues } from "../../platform/web/fields.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import { createRequest } from "../requests/commands.ts";
import { JURISDICTIONS, type Jurisdiction, parseIntake, todayIn } from "../requests/intake.ts";
import { type Deadline, listRequests, type RequestRow } from "../requests/repository.ts";
import { isStatus, OPEN_STATUSES, STATUSES, type Status } from "../requests/status.ts";
import { OUTCOME_LABELS, STATUS_LABELS, accessText as t } from "./messages.ts";
import { RequestForm } from "./public-routes.tsx";

const PER_PAGE = 25;

export function registerRequestRegister(router: Router): void {
  router.page("GET", "/acces/demandes", access("read", "AccessRequest"), showRegister);
  router.page("GET", "/acces/demandes/nouvelle", access("register", "AccessRequest"), (c) =>
    showNewForm(c, EMPTY_FORM),
  );
  router.page("POST", "/acces/demandes", access("register", "AccessRequest"), registerRequest);
}

type Filters = {
  status?: Status | undefined;
  jurisdiction?: Jurisdiction | undefined;
  deadline?: Deadline | undefined;
  q?: string | undefined;
  page: number;
};

function readFilters(c: Context<AppEnv>): Filters {
  const status = c.req.query("etat");
  const jurisdiction = c.req.query("regime");
  const deadline = c.req.query("echeance");
  const page = Number(c.req.query("page") ?? "1");
  return {
    status: isStatus(status) ? status : undefined,
    jurisdiction: (JURISDICTIONS as readonly string[]).includes(jurisdiction ?? "")
      ? (jurisdiction as Jurisdiction)
      : undefined,
    deadline: deadline === "overdue" || deadline === "soon" ? deadline : undefined,
    q: c.req.query("q")?.trim().slice(0, 100) || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function registerHref(lang: Lang, f: Filters, page: number) {
  const params = new URLSearchParams();
  if (f.status) params.set("etat", f.status);
  if (f.jurisdiction) params.set("regime", f.jurisdiction);
  if (f.deadline) params.set("echeance", f.deadline);
  if (f.q) params.set("q", f.q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return localisedPath(lang, `/acces/demandes${query ? `?${query}` : ""}`);
}

async function showRegister(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const filters = readFilters(c);
  const today = todayIn("qc", c.var.deps.now());
  const [result, overdue, soon, toPublish] = await Promise.all([
    listRequests(db, { ...filters, perPage: PER_PAGE }, today),
    listRequests(db, { deadline: "overdue", page: 1, perPage: 1 }, today),
    listRequests(db, { deadline: "soon", page: 1, perPage: 1 }, today),
    db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_requests WHERE sent_on IS NOT NULL AND published_on IS NULL
         AND outcome IN ('full', 'partial')`,
    ),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / PER_PAGE));
  const canRegister = c.var.deps.policy.can(c.var.actor, "register", "AccessRequest");
  return renderPage(
    c,
    t(lang, "register"),
    <>
      <h1>{t(lang, "register")}</h1>
      <ul class="dashboard" aria-label={t(lang, "due")}>
        <li class={overdue.total > 0 ? "tile danger" : "tile"}>
          <a href={registerHref(lang, { deadline: "overdue", page: 1 }, 1)}>
            <strong>{overdue.total}</strong> {t(lang, "overdue")}
          </a>
        </li>
        <li class="tile">
          <a href={registerHref(lang, { deadline: "soon", page: 1 }, 1)}>
            <strong>{soon.total}</strong> {t(lang, "dueSoon")}
          </a>
        </li>
        <li class="tile">
          <strong>{toPublish[0]?.n ?? 0}</strong> {t(lang, "toPublish")}
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
      {result.rows.length === 0 ? (
        <p class="empty-state">{t(lang, "emptyRegister")}</p>
      ) : (
        <RegisterTable lang={lang} rows={result.rows} today={today} />
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
    </>,
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

function RegisterTable({ lang, rows, today }: { lang: Lang; rows: RequestRow[]; today: string }) {
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
          {rows.map((r) => {
            const open = OPEN_STATUSES.includes(r.status);
            const late = open && r.due_on < today;
            return (
              <tr class={late ? "late" : undefined}>
                <th scope="row">
                  <a class="code" href={localisedPath(lang, `/acces/demandes/${r.reference}`)}>
                    {r.reference}
                  </a>
                </th>
                <td>{r.subject}</td>
                <td>{formatDate(lang, r.received_on)}</td>
                <td>
                  {open ? formatDate(lang, r.due_on) : "—"}
                  {late && <span class="badge danger"> {t(lang, "overdue")}</span>}
                </td>
                <td>
                  {localise(STATUS_LABELS[r.status], lang)}
                  {r.outcome && ` — ${localise(OUTCOME_LABELS[r.outcome], lang)}`}
                </td>
                <td>{r.officer_name ?? t(lang, "unassigned")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function showNewForm(c: Context<AppEnv>, form: FormState, status: 200 | 422 = 200) {
  const lang = c.var.lang;
  const values = {
    lang,
    channel: "email",
    receivedOn: todayIn("qc", c.var.deps.now()),
    ...form.values,
  };
  return renderPage(
    c,
    t(lang, "newRequest"),
    <>
      <h1>{t(lang, "newRequest")}</h1>
      <p class="lead">{t(lang, "newRequestLead")}</p>
      <RequestForm
        lang={lang}
        csrf={c.var.csrfToken}
        form={{ ...form, values }}
        action={localisedPath(lang, "/acces/demandes")}
        officer
      />
    </>,
    status,
  );
}

async function registerRequest(c: Context<AppEnv>) {
  const values = formValues(await c.req.parseBody());
  try {
    const intake = parseIntake(values, c.var.deps.now());
    const created = await createRequest(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      intake,
    );
    return c.redirect(localisedPath(c.var.lang, `/acces/demandes/${created.reference}`), 303);
  } catch (error) {
    if (error instanceof AppError && error.id === "validation_failed") {
      return showNewForm(c, { values, errors: error.fields }, 422);
    }
    throw error;
  }
}
