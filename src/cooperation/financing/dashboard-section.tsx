/**
 * Co-financing on the portfolio dashboard: committed and disbursed by party, line of action,
 * project kind, year and the ten largest projects, in CAD (or ?devise=EUR) at today's date (or
 * ?a=YYYY-MM-DD); the same portfolioSummary as GET /api/v1/portfolio/summary.
 */
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { currentDeclaration } from "../../declaration/queries.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { KIND_LABELS, type ProjectKind } from "../projects/labels.ts";
import type { DashboardSection } from "../projects/sections.ts";
import { amountsChartSvg } from "./dashboard-chart.ts";
import { financingText as t } from "./messages.ts";
import { type Currency, formatCompactMoney, formatMoney } from "./money.ts";
import { presentRateUsed } from "./present.ts";
import { conversionDate } from "./project-section.tsx";
import { isFundingParty } from "./schema.ts";
import type { Dimension, PortfolioSummary, SummaryRow } from "./summary.ts";
import { portfolioSummary } from "./summary-cache.ts";
import { RateNote } from "./totals-table.tsx";

const SHOWN: Dimension[] = ["party", "line", "kind", "year", "project"];
const TOP_PROJECTS = 10;
/** A rate older than this, against the date asked for, is pointed out above the totals. */
const STALE_RATE_DAYS = 7;

type LineTexts = Map<string, string>;

function keyLabel(lang: Lang, dimension: Dimension, row: SummaryRow, lines: LineTexts): string {
  if (dimension === "party" && isFundingParty(row.key)) return t(lang, row.key);
  if (dimension === "project" && row.title) return `${row.key} — ${row.title[lang]}`;
  if (dimension === "line" && lines.has(row.key)) return `${row.key} — ${lines.get(row.key)}`;
  if (dimension === "kind" && Object.hasOwn(KIND_LABELS, row.key))
    return localise(KIND_LABELS[row.key as ProjectKind], lang);
  return row.key;
}

/** Years read in order; every other dimension keeps the summary's order (largest first). */
function rowsOf(summary: PortfolioSummary, dimension: Dimension): SummaryRow[] {
  if (dimension === "project") return summary.by.project.slice(0, TOP_PROJECTS);
  if (dimension === "year") return [...summary.by.year].sort((a, b) => a.key.localeCompare(b.key));
  return summary.by[dimension];
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

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
        <Alert kind="note" as="p">
          {t(lang, "noRate", { message: e.messageIn(lang) })}
        </Alert>
      </section>
    );
  }
  const declaration = await currentDeclaration(deps.db);
  const lines: LineTexts = new Map(
    (declaration?.priorities ?? []).flatMap((p) =>
      p.lines.map((l) => [l.code, (l.summary ?? l.text)[lang]]),
    ),
  );
  const money = (cents: bigint) => formatMoney(lang, cents, currency);
  const compact = (cents: bigint) => formatCompactMoney(lang, cents, currency);
  const chart = (id: string, title: string, dimension: Dimension) =>
    raw(
      amountsChartSvg({
        lang,
        id,
        title,
        currency,
        rows: rowsOf(summary, dimension).map((row) => ({
          label: keyLabel(lang, dimension, row, lines),
          row,
        })),
      }),
    );
  const rate = summary.rate && presentRateUsed(summary.rate);
  const rateAge = rate ? daysBetween(rate.onDate, at) : 0;
  const table = (dimension: Dimension): Child => {
    const rows = rowsOf(summary, dimension);
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
              <th scope="row">{keyLabel(lang, dimension, r, lines)}</th>
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
      <p class="lead">
        {t(lang, "headline", {
          committed: compact(summary.total.committed),
          disbursed: compact(summary.total.disbursed),
          date: formatDate(lang, at),
        })}
      </p>
      {rate && rateAge > STALE_RATE_DAYS && (
        <Alert kind="note" as="p">
          {t(lang, "staleRate", {
            rateDate: formatDate(lang, rate.onDate),
            days: rateAge,
            date: formatDate(lang, at),
          })}
        </Alert>
      )}
      {summary.by.year.length > 0 && (
        <figure class="chart">
          {chart("financement-annees", t(lang, "chartByYear", { currency }), "year")}
        </figure>
      )}
      {summary.by.party.length > 0 && (
        <figure class="chart">
          {chart("financement-parties", t(lang, "chartByParty", { currency }), "party")}
        </figure>
      )}
      {SHOWN.map(table)}
      <RateNote lang={lang} rate={rate} />
    </section>
  );
};
