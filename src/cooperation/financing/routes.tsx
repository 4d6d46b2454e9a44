/**
 * Co-financing routes: the project's financing forms (under /cooperation/projets/:code/financement),
 * the administrators' exchange-rate table, and the API (lines, rates, portfolio summary).
 * Route rules are the coarse ones; each handler then authorises against the project's
 * owner_party (policy "Financing") and finds rows through the visibility rule.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/command.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { visibilityOf } from "../visibility.ts";
import {
  linesQuery,
  linesSchema,
  presentLine,
  presentRate,
  presentSummary,
  ratesSchema,
  summaryQuery,
  summarySchema,
} from "./api-schema.ts";
import {
  addCommitment,
  addDisbursement,
  type CommitmentInput,
  deleteCommitment,
  updateCommitment,
} from "./commitments.ts";
import { addRate, deleteRate, listRates } from "./exchange-rates.ts";
import { CommitmentForm, type CommitmentValues, EMPTY_COMMITMENT } from "./forms.tsx";
import { checkedDate, today } from "./input.ts";
import { financingText as t } from "./messages.ts";
import { centsToDecimal, formatMoney, parseCurrency } from "./money.ts";
import { financingPath, projectPath } from "./paths.ts";
import { financingSection } from "./project-section.tsx";
import {
  DeleteRatePage,
  EMPTY_RATE,
  parseRateKey,
  RATES_PATH,
  type RateFormValues,
  RatesPage,
} from "./rates-page.tsx";
import { findLine, findVisibleProject, funders, listLines, type ProjectRef } from "./repository.ts";
import { portfolioSummary } from "./summary-cache.ts";

const FINANCING = "/cooperation/projets/:code/financement";
const READ = access("read", "Financing");
const CREATE = access("create", "Financing");
const UPDATE = access("update", "Financing");
const DELETE = access("delete", "Financing");
const RATES_ADMIN = access("create", "ExchangeRate");
const RATES_DELETE = access("delete", "ExchangeRate");
const TAGS = ["Cofinancement / Co-financing"];

export function registerFinancing(router: Router): void {
  router.page("GET", FINANCING, READ, showFinancing);
  router.page("POST", FINANCING, CREATE, createFromForm);
  router.page("POST", `${FINANCING}/:id/versement`, CREATE, disburseFromForm);
  router.page("GET", `${FINANCING}/:id/modifier`, UPDATE, showEdit);
  router.page("POST", `${FINANCING}/:id/modifier`, UPDATE, updateFromForm);
  router.page("GET", `${FINANCING}/:id/supprimer`, DELETE, showDelete);
  router.page("POST", `${FINANCING}/:id/supprimer`, DELETE, deleteFromForm);

  router.page("GET", RATES_PATH, RATES_ADMIN, (c) => showRates(c));
  router.page("POST", RATES_PATH, RATES_ADMIN, addRateFromForm);
  router.page("GET", `${RATES_PATH}/:key/supprimer`, RATES_DELETE, showDeleteRate);
  router.page("POST", `${RATES_PATH}/:key/supprimer`, RATES_DELETE, deleteRateFromForm);

  registerFinancingApi(router);
}

function registerFinancingApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/financing",
      tags: TAGS,
      summary: "Lignes de financement / Financing lines",
      description:
        "Engagements visibles de l’appelant (confidentialité du projet et de la ligne), avec versé et reste à verser dans leur devise. / The caller's visible commitments (project and line confidentiality), with disbursed and remaining in their currency.",
      request: { query: linesQuery },
      responses: {
        200: {
          description: "Une page de lignes / A page of lines",
          content: { "application/json": { schema: linesSchema } },
        },
      },
    }),
    READ,
    async (c) => {
      const { page, perPage, project } = c.req.valid("query");
      const v = visibilityOf(c.var.actor);
      const { items, total } = await listLines(c.var.deps.db, v, page, perPage, project);
      return c.json({ items: items.map(presentLine), page, perPage, total }, 200);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/exchange-rates",
      tags: TAGS,
      summary: "Taux de change / Exchange rates",
      description:
        "Taux enregistrés par les administrateurs, du plus récent au plus ancien. / Rates recorded by administrators, newest first.",
      responses: {
        200: {
          description: "Les taux / The rates",
          content: { "application/json": { schema: ratesSchema } },
        },
      },
    }),
    access("read", "ExchangeRate"),
    async (c) => c.json({ items: (await listRates(c.var.deps.db)).map(presentRate) }, 200),
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/portfolio/summary",
      tags: TAGS,
      summary: "Totaux du portefeuille / Portfolio totals",
      description:
        "Engagé et versé par projet, axe d’action, partie, type et année, dans une devise à une date. Sommes exactes par devise, converties une fois au dernier taux publié à la date ou avant, arrondi au cent (demi au pair). / Committed and disbursed by project, line of action, party, kind and year, in one currency at one date. Exact per-currency sums converted once at the latest rate on or before the date, rounded to the cent (half to even).",
      request: { query: summaryQuery },
      responses: {
        200: {
          description: "Les totaux / The totals",
          content: { "application/json": { schema: summarySchema } },
        },
        422: { description: "Date invalide ou aucun taux connu / Invalid date or no known rate" },
      },
    }),
    access("read", "Portfolio"),
    async (c) => {
      const q = c.req.valid("query");
      const at = q.at ? checkedDate("at", q.at) : today(c.var.deps.now());
      const summary = await portfolioSummary(c.var.deps.db, visibilityOf(c.var.actor), {
        currency: parseCurrency(q.currency),
        at,
      });
      return c.json(presentSummary(summary), 200);
    },
  );
}

/** The project named in the path, if visible to the actor, else 404. */
async function project(c: Context<AppEnv>): Promise<ProjectRef> {
  const p = await findVisibleProject(
    c.var.deps.db,
    visibilityOf(c.var.actor),
    c.req.param("code") ?? "",
  );
  if (!p) throw fail("not_found");
  return p;
}

/** The project, once this actor is allowed to change its financing. */
async function editable(c: Context<AppEnv>, action: "create" | "update" | "delete") {
  const p = await project(c);
  c.var.deps.policy.authorize(c.var.actor, action, "Financing", { owner_party: p.owner_party });
  return p;
}

/** The commitment named in the path, visible and belonging to that project. */
async function line(c: Context<AppEnv>, p: ProjectRef) {
  const l = await findLine(c.var.deps.db, visibilityOf(c.var.actor), c.req.param("id") ?? "");
  if (!l || l.projectId !== p.id) throw fail("not_found");
  return l;
}

async function showFinancing(c: Context<AppEnv>) {
  const p = await project(c);
  const title = `${t(c.var.lang, "section")} — ${p.code}`;
  return renderPage(
    c,
    title,
    <>
      <h1>{title}</h1>
      <p class="lead">{c.var.lang === "fr" ? p.title_fr : p.title_en}</p>
      {c.req.query("ok") === "1" && (
        <p class="alert success" role="status">
          {t(c.var.lang, "save")} ✓
        </p>
      )}
      {await financingSection({ c, project: p })}
      <p>
        <a href={projectPath(c.var.lang, p.code)}>{t(c.var.lang, "back")}</a>
      </p>
    </>,
  );
}

async function commitmentForm(
  c: Context<AppEnv>,
): Promise<{ values: CommitmentValues; input: CommitmentInput }> {
  const body = await c.req.parseBody();
  const field = (name: keyof CommitmentValues) => {
    const v = body[name];
    return typeof v === "string" ? v : "";
  };
  const values = Object.fromEntries(
    Object.keys(EMPTY_COMMITMENT).map((k) => [k, field(k as keyof CommitmentValues)]),
  ) as CommitmentValues;
  return {
    values,
    input: {
      funderId: values.funder_id,
      source: values.source,
      party: values.party,
      amount: values.amount,
      currency: values.currency,
      committedOn: values.committed_on,
      confidentialTo: values.confidential_to,
      note: values.note,
    },
  };
}

/** An input error shown again with the form and what was typed; authorisation errors pass. */
function recoverable(e: unknown): e is AppError {
  return e instanceof AppError && e.status !== 401 && e.status !== 403 && e.status !== 404;
}

async function formAgain(
  c: Context<AppEnv>,
  p: ProjectRef,
  error: AppError,
  values: CommitmentValues,
  action: string,
) {
  const lang = c.var.lang;
  return renderPage(
    c,
    t(lang, "errorTitle"),
    <>
      <h1>{t(lang, "errorTitle")}</h1>
      <p class="alert" role="alert">
        {error.messageIn(lang)}
      </p>
      <CommitmentForm
        lang={lang}
        csrf={c.var.csrfToken}
        action={action}
        values={values}
        funders={await funders(c.var.deps.db)}
        legend={p.code}
      />
      <p>
        <a href={financingPath(lang, p.code)}>{t(lang, "back")}</a>
      </p>
    </>,
    error.status as 409 | 422,
  );
}

const performer = (c: Context<AppEnv>) => performerOf(c.var.actor, c.var.requestId);
const done = (c: Context<AppEnv>, p: ProjectRef) =>
  c.redirect(`${financingPath(c.var.lang, p.code)}?ok=1`, 303);

async function createFromForm(c: Context<AppEnv>) {
  const p = await editable(c, "create");
  const { values, input } = await commitmentForm(c);
  try {
    await addCommitment(c.var.deps.db, performer(c), p.id, input, c.var.lang);
  } catch (e) {
    if (!recoverable(e)) throw e;
    return formAgain(c, p, e, values, financingPath(c.var.lang, p.code));
  }
  return done(c, p);
}

async function disburseFromForm(c: Context<AppEnv>) {
  const p = await editable(c, "create");
  const l = await line(c, p);
  const body = await c.req.parseBody();
  const text = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
  try {
    await addDisbursement(
      c.var.deps.db,
      performer(c),
      l.id,
      { amount: text("amount"), paidOn: text("paid_on"), note: text("note") },
      c.var.lang,
    );
  } catch (e) {
    if (!recoverable(e)) throw e;
    const lang = c.var.lang;
    return renderPage(
      c,
      t(lang, "errorTitle"),
      <>
        <h1>{t(lang, "errorTitle")}</h1>
        <p class="alert" role="alert">
          {e.messageIn(lang)}
        </p>
        <p>
          <a href={financingPath(lang, p.code)}>{t(lang, "back")}</a>
        </p>
      </>,
      e.status as 409 | 422,
    );
  }
  return done(c, p);
}

const valuesOf = (l: Awaited<ReturnType<typeof line>>): CommitmentValues => ({
  funder_id: l.funderId,
  source: l.source,
  party: l.party,
  amount: centsToDecimal(l.committed),
  currency: l.currency,
  committed_on: l.committedOn,
  confidential_to: l.confidentialTo ?? "",
  note: l.note ?? "",
});

async function showEdit(c: Context<AppEnv>) {
  const p = await editable(c, "update");
  const l = await line(c, p);
  const lang = c.var.lang;
  const title = t(lang, "editTitle", { project: p.code });
  return renderPage(
    c,
    title,
    <>
      <h1>{title}</h1>
      <CommitmentForm
        lang={lang}
        csrf={c.var.csrfToken}
        action={financingPath(lang, p.code, `/${l.id}/modifier`)}
        values={valuesOf(l)}
        funders={await funders(c.var.deps.db)}
        legend={l.funderName}
      />
      <p>
        <a href={financingPath(lang, p.code)}>{t(lang, "cancel")}</a>
      </p>
    </>,
  );
}

async function updateFromForm(c: Context<AppEnv>) {
  const p = await editable(c, "update");
  const l = await line(c, p);
  const { values, input } = await commitmentForm(c);
  try {
    await updateCommitment(c.var.deps.db, performer(c), l.id, input, c.var.lang);
  } catch (e) {
    if (!recoverable(e)) throw e;
    return formAgain(c, p, e, values, financingPath(c.var.lang, p.code, `/${l.id}/modifier`));
  }
  return done(c, p);
}

async function showDelete(c: Context<AppEnv>) {
  const p = await editable(c, "delete");
  const l = await line(c, p);
  const lang = c.var.lang;
  const title = t(lang, "deleteTitle", { funder: l.funderName });
  return renderPage(
    c,
    title,
    <>
      <h1>{title}</h1>
      <p>{t(lang, "deleteText", { amount: formatMoney(lang, l.committed, l.currency) })}</p>
      <form method="post" action={financingPath(lang, p.code, `/${l.id}/supprimer`)}>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <button type="submit" class="danger">
          {t(lang, "confirm")}
        </button>{" "}
        <a href={financingPath(lang, p.code)}>{t(lang, "cancel")}</a>
      </form>
    </>,
  );
}

async function deleteFromForm(c: Context<AppEnv>) {
  const p = await editable(c, "delete");
  const l = await line(c, p);
  await deleteCommitment(c.var.deps.db, performer(c), l.id);
  return done(c, p);
}

async function showRates(
  c: Context<AppEnv>,
  state: { values?: RateFormValues; error?: AppError } = {},
) {
  const lang = c.var.lang;
  const notice =
    c.req.query("ajoute") === "1"
      ? t(lang, "rateAdded")
      : c.req.query("supprime") === "1"
        ? t(lang, "rateDeleted")
        : undefined;
  return renderPage(
    c,
    t(lang, "ratesTitle"),
    <RatesPage
      lang={lang}
      csrf={c.var.csrfToken}
      rates={await listRates(c.var.deps.db)}
      values={state.values ?? EMPTY_RATE}
      notice={state.error ? undefined : notice}
      error={state.error?.messageIn(lang)}
    />,
    (state.error?.status ?? 200) as 200 | 409 | 422,
  );
}

async function addRateFromForm(c: Context<AppEnv>) {
  const body = await c.req.parseBody();
  const text = (name: keyof RateFormValues) =>
    typeof body[name] === "string" ? (body[name] as string) : "";
  const values: RateFormValues = {
    base: text("base"),
    quote: text("quote"),
    on_date: text("on_date"),
    rate: text("rate"),
    source: text("source"),
  };
  try {
    await addRate(c.var.deps.db, performer(c), {
      base: parseCurrency(values.base),
      quote: parseCurrency(values.quote),
      onDate: checkedDate("on_date", values.on_date),
      rate: values.rate,
      source: values.source,
    });
  } catch (e) {
    if (!recoverable(e)) throw e;
    return showRates(c, { values, error: e });
  }
  return c.redirect(`${localisedPath(c.var.lang, RATES_PATH)}?ajoute=1`, 303);
}

async function rateFromPath(c: Context<AppEnv>) {
  const key = parseRateKey(c.req.param("key") ?? "");
  const rate =
    key &&
    (await listRates(c.var.deps.db)).find(
      (r) => r.base === key.base && r.quote === key.quote && r.on_date === key.onDate,
    );
  if (!rate) throw fail("not_found");
  return rate;
}

async function showDeleteRate(c: Context<AppEnv>) {
  const rate = await rateFromPath(c);
  return renderPage(
    c,
    t(c.var.lang, "ratesTitle"),
    <DeleteRatePage lang={c.var.lang} csrf={c.var.csrfToken} rate={rate} />,
  );
}

async function deleteRateFromForm(c: Context<AppEnv>) {
  const rate = await rateFromPath(c);
  await deleteRate(c.var.deps.db, performer(c), {
    base: rate.base,
    quote: rate.quote,
    onDate: rate.on_date,
  });
  return c.redirect(`${localisedPath(c.var.lang, RATES_PATH)}?supprime=1`, 303);
}
