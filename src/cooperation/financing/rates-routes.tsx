import type { Context } from "hono";
import { type AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { parseForm } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { addRate, deleteRate } from "./commands.ts";
import { financingAction, performer } from "./handler-helpers.ts";
import { checkedDate } from "./input.ts";
import { financingText as t } from "./messages.ts";
import { parseCurrency } from "./money.ts";
import { presentRate } from "./present.ts";
import { listRates } from "./queries.ts";
import {
  DeleteRatePage,
  emptyRate,
  parseRateKey,
  RATES_PATH,
  type RateFormValues,
  RatesPage,
} from "./rates-page.tsx";
import { rateForm } from "./schema.ts";

const RATES_ADMIN = access("create", "ExchangeRate");
const RATES_DELETE = access("delete", "ExchangeRate");

export function registerExchangeRates(router: Router): void {
  router.page("GET", RATES_PATH, RATES_ADMIN, (c) => showRates(c));
  router.page("POST", RATES_PATH, RATES_ADMIN, addRateFromForm);
  router.page("GET", `${RATES_PATH}/:key/supprimer`, RATES_DELETE, showDeleteRate);
  router.page("POST", `${RATES_PATH}/:key/supprimer`, RATES_DELETE, deleteRateFromForm);
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
      rates={(await listRates(c.var.deps.db)).map(presentRate)}
      values={state.values ?? emptyRate(lang)}
      notice={state.error ? undefined : notice}
      error={state.error?.messageIn(lang)}
    />,
    (state.error?.status ?? 200) as 200 | 409 | 422,
  );
}

async function addRateFromForm(c: Context<AppEnv>) {
  const values: RateFormValues = await parseForm(c, rateForm);
  return financingAction(c, {
    run: async () =>
      addRate(c.var.deps.db, performer(c), {
        base: parseCurrency(values.base),
        quote: parseCurrency(values.quote),
        onDate: checkedDate("on_date", values.on_date),
        rate: values.rate,
        source: values.source,
      }),
    done: `${localisedPath(c.var.lang, RATES_PATH)}?ajoute=1`,
    redraw: (error) => showRates(c, { values, error }),
  });
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
    <DeleteRatePage lang={c.var.lang} csrf={c.var.csrfToken} rate={presentRate(rate)} />,
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
