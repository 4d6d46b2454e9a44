/** The administrators' exchange-rate table: list, add, delete after confirmation. */
import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { financingText as t } from "./messages.ts";
import { CURRENCIES } from "./money.ts";
import type { RateView } from "./present.ts";
import { formatRate, RATE_SOURCES, rateSourceIn } from "./rate-text.ts";

export const RATES_PATH = "/admin/taux-de-change";

/** One URL segment per rate: EUR-CAD-2024-01-02. */
export const rateKey = (r: { base: string; quote: string; onDate: string }) =>
  `${r.base}-${r.quote}-${r.onDate}`;

export function parseRateKey(key: string) {
  const m = /^(CAD|EUR)-(CAD|EUR)-(\d{4}-\d{2}-\d{2})$/.exec(key);
  return m ? { base: m[1] as string, quote: m[2] as string, onDate: m[3] as string } : undefined;
}

export type RateFormValues = {
  base: string;
  quote: string;
  on_date: string;
  rate: string;
  source: string;
};

/** An empty form, suggesting the Bank of Canada in the page's language. */
export const emptyRate = (lang: Lang): RateFormValues => ({
  base: "EUR",
  quote: "CAD",
  on_date: "",
  rate: "",
  source: RATE_SOURCES.bankOfCanada[lang],
});

export function RatesPage(props: {
  lang: Lang;
  csrf: string;
  rates: RateView[];
  values: RateFormValues;
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { lang, values: v } = props;
  const base = localisedPath(lang, RATES_PATH);
  return (
    <>
      <h1>{t(lang, "ratesTitle")}</h1>
      <p class="lead">{t(lang, "ratesLead")}</p>
      {props.notice && (
        <Alert kind="success" as="p">
          {props.notice}
        </Alert>
      )}
      {props.error && (
        <Alert kind="error" as="p">
          {props.error}
        </Alert>
      )}
      {props.rates.length === 0 ? (
        <p class="empty-state">{t(lang, "ratesEmpty")}</p>
      ) : (
        <table>
          <caption>{t(lang, "ratesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "date")}</th>
              <th scope="col">{t(lang, "base")}</th>
              <th scope="col">{t(lang, "quote")}</th>
              <th scope="col" class="num">
                {t(lang, "rate")}
              </th>
              <th scope="col">{t(lang, "rateSource")}</th>
              <th scope="col">{t(lang, "actions")}</th>
            </tr>
          </thead>
          <tbody>
            {props.rates.map((r) => (
              <tr>
                <th scope="row">{formatDate(lang, r.onDate)}</th>
                <td>{r.base}</td>
                <td>{r.quote}</td>
                <td class="num">{formatRate(lang, r.rate)}</td>
                <td>{rateSourceIn(lang, r.source)}</td>
                <td>
                  <a href={`${base}/${rateKey(r)}/supprimer`}>{t(lang, "delete")}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action={base} class="party-form">
        <Csrf token={props.csrf} />
        <fieldset>
          <legend>{t(lang, "addRate")}</legend>
          <div>
            <label for="on_date">{t(lang, "date")}</label>
            <input id="on_date" name="on_date" type="date" required value={v.on_date} />
          </div>
          {(["base", "quote"] as const).map((field) => (
            <div>
              <label for={field}>{t(lang, field)}</label>
              <select id={field} name={field}>
                {CURRENCIES.map((c) => (
                  <option value={c} selected={v[field] === c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div>
            <label for="rate">{t(lang, "rate")}</label>
            <p class="hint" id="rate-hint">
              {t(lang, "rateHint")}
            </p>
            <input
              id="rate"
              name="rate"
              inputmode="decimal"
              required
              value={v.rate}
              aria-describedby="rate-hint"
            />
          </div>
          <div>
            <label for="source">{t(lang, "rateSource")}</label>
            <input id="source" name="source" required maxlength={300} value={v.source} />
          </div>
          <button type="submit">{t(lang, "addRate")}</button>
        </fieldset>
      </form>
    </>
  );
}

export function DeleteRatePage(props: { lang: Lang; csrf: string; rate: RateView }) {
  const { lang, rate } = props;
  const base = localisedPath(lang, RATES_PATH);
  return (
    <>
      <h1>
        {t(lang, "deleteRateTitle", {
          base: rate.base,
          quote: rate.quote,
          date: formatDate(lang, rate.onDate),
        })}
      </h1>
      <p>
        {formatRate(lang, rate.rate)} — {rateSourceIn(lang, rate.source)}
      </p>
      <p>{t(lang, "deleteRateText")}</p>
      <form method="post" action={`${base}/${rateKey(rate)}/supprimer`}>
        <Csrf token={props.csrf} />
        <button type="submit" class="danger">
          {t(lang, "confirm")}
        </button>{" "}
        <a href={base}>{t(lang, "cancel")}</a>
      </form>
    </>
  );
}
