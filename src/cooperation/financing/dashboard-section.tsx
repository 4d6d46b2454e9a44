/**
 * Co-financing on the portfolio dashboard: committed and disbursed by party, line of action,
 * project kind, year and the ten largest projects, in CAD (or ?devise=EUR) at today's date (or
 * ?a=YYYY-MM-DD); the same portfolioSummary as GET /api/v1/portfolio/summary.
 */
import type { Child } from "hono/jsx";
import { AppError } from "../../platform/errors/app-error.ts";
import { formatDate } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import type { DashboardSection } from "../projects/dashboard-sections.tsx";
import { financingText as t } from "./messages.ts";
import { type Currency, formatMoney } from "./money.ts";
import { conversionDate } from "./project-section.tsx";
import type { Dimension, PortfolioSummary, SummaryRow } from "./summary.ts";
import { portfolioSummary } from "./summary-cache.ts";
import { RateNote } from "./totals-table.tsx";

const SHOWN: Dimension[] = ["party", "line", "kind", "year", "project"];
const TOP_PROJECTS = 10;

function keyLabel(lang: Lang, dimension: Dimension, row: SummaryRow): string {
  if (dimension === "party" && (row.key === "qc" || row.key === "fr" || row.key === "other"))
    return t(lang, row.key);
  if (dimension === "project" && row.title) return `${row.key} — ${row.title[lang]}`;
  return row.key;
}

export const financingDashboardSection: DashboardSection = async ({ c, visibility }) => {
  const { lang, deps } = c.var;
  const currency: Currency = c.req.query("devise") === "EUR" ? "EUR" : "CAD";
  const at = conversionDate(c);
  let summary: PortfolioSummary;
  try {
    summary = await portfolioSummary(deps.db, visibility, { currency, at });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return (
      <section aria-labelledby="financement-portefeuille">
        <h2 id="financement-portefeuille">{t(lang, "dashboardTitle")}</h2>
        <p class="alert">{t(lang, "noRate", { message: e.messageIn(lang) })}</p>
      </section>
    );
  }
  const money = (cents: bigint) => formatMoney(lang, cents, currency);
  const table = (dimension: Dimension): Child => {
    const rows =
      dimension === "project" ? summary.by.project.slice(0, TOP_PROJECTS) : summary.by[dimension];
    return (
      <table class="financing-summary">
        <caption>
          {t(lang, "dashboardCaption", {
            currency,
            date: formatDate(lang, at),
            dimension: t(lang, `dim_${dimension}`),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "key")}</th>
            <th scope="col" class="num">
              {t(lang, "committed")}
            </th>
            <th scope="col" class="num">
              {t(lang, "disbursed")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">{keyLabel(lang, dimension, r)}</th>
              <td class="num">{money(r.committed)}</td>
              <td class="num">{money(r.disbursed)}</td>
            </tr>
          ))}
        </tbody>
        {dimension !== "line" && dimension !== "project" && (
          <tfoot>
            <tr>
              <th scope="row">{t(lang, "total")}</th>
              <td class="num">{money(summary.total.committed)}</td>
              <td class="num">{money(summary.total.disbursed)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    );
  };
  return (
    <section aria-labelledby="financement-portefeuille">
      <h2 id="financement-portefeuille">{t(lang, "dashboardTitle")}</h2>
      <form method="get" class="filters">
        <div>
          <label for="financing-currency">{t(lang, "currency")}</label>
          <select id="financing-currency" name="devise">
            {(["CAD", "EUR"] as const).map((cur) => (
              <option value={cur} selected={cur === currency}>
                {cur}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="financing-dashboard-at">{t(lang, "atLabel")}</label>
          <input id="financing-dashboard-at" name="a" type="date" value={at} />
        </div>
        <button type="submit">{t(lang, "atSubmit")}</button>
      </form>
      {SHOWN.map(table)}
      <RateNote lang={lang} rate={summary.rate} />
    </section>
  );
};
