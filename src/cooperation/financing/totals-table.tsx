/** The converted totals, as the project page and the dashboard show them. */
import { formatDate } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { financingText as t } from "./messages.ts";
import { CURRENCIES, formatMoney } from "./money.ts";
import type { RateUsedView } from "./present.ts";
import { formatRate, rateSourceIn } from "./rate-text.ts";
import type { Totals } from "./totals.ts";

export function TotalsTable(props: { lang: Lang; at: string; totals: Totals }) {
  const { lang, totals } = props;
  return (
    <table class="financing-totals">
      <caption>{t(lang, "totalsCaption", { date: formatDate(lang, props.at) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t(lang, "total")}</th>
          <th scope="col" class="num">
            {t(lang, "committed")}
          </th>
          <th scope="col" class="num">
            {t(lang, "disbursed")}
          </th>
          <th scope="col" class="num">
            {t(lang, "remaining")}
          </th>
        </tr>
      </thead>
      <tbody>
        {CURRENCIES.map((c) => (
          <tr>
            <th scope="row">{t(lang, "inCurrency", { currency: c })}</th>
            <td class="num">{formatMoney(lang, totals.in[c].committed, c)}</td>
            <td class="num">{formatMoney(lang, totals.in[c].disbursed, c)}</td>
            <td class="num">{formatMoney(lang, totals.in[c].remaining, c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Which EUR→CAD rate the totals used (RateBook.used), so that anyone can redo them. */
export function RateNote(props: { lang: Lang; rate: RateUsedView | null }) {
  const { lang, rate } = props;
  if (!rate) return null;
  return (
    <p class="source">
      {t(lang, "rateUsed", {
        rate: formatRate(lang, rate.decimal),
        date: formatDate(lang, rate.onDate),
        source: rateSourceIn(lang, rate.source),
      })}
    </p>
  );
}
