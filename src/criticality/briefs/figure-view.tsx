/**
 * A frozen figure on a page: a bar chart of its supply-risk rows (ECharts SVG, drawn on the
 * server, CSP-safe) with the table that says the same for assistive technologies, and its
 * sources and vintages.
 */
import { raw } from "hono/html";
import { formatDateTime, formatNumber } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { labelledSvg, renderSvgChart } from "../../platform/web/svg-chart.ts";
import { EU_THRESHOLDS_2023 } from "../engine/index.ts";
import type { FigureUnit, FrozenFigure } from "./figure-types.ts";
import { briefText as t } from "./messages.ts";

/** Items of a list in a sentence: French sets a narrow no-break space before « ; ». */
export const listText = (lang: Lang, items: readonly string[]) =>
  items.join(lang === "fr" ? "\u202f; " : "; ");

/** An index with two decimals, a share as a percentage; « — » when there is none. */
export const valueText = (lang: Lang, unit: FigureUnit, v: number | null) =>
  v === null
    ? "—"
    : unit === "share"
      ? `${formatNumber(lang, v * 100, 1)}${lang === "fr" ? "\u00a0%" : "%"}`
      : formatNumber(lang, v, 2);

export const criticalText = (lang: Lang, c: boolean | null | undefined) =>
  c === undefined
    ? ""
    : c === null
      ? t(lang, "insufficient")
      : c
        ? t(lang, "critical")
        : t(lang, "notCritical");

/** The rows a chart draws: supply risks, the figure's one quantity on a common scale. */
export const chartRows = (f: FrozenFigure) =>
  f.rows.filter((r) => r.unit === "index" && /sr(\.|$)/.test(r.key) && r.value !== null);

function barsSvg(lang: Lang, f: FrozenFigure): string | null {
  const rows = chartRows(f);
  if (rows.length === 0) return null;
  const height = 70 + rows.length * 28;
  return renderSvgChart(
    {
      animation: false,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      grid: { left: 330, right: 40, top: 28, bottom: 30 },
      xAxis: {
        type: "value",
        min: 0,
        axisLabel: { color: "#1b1b1b", formatter: (v: number) => formatNumber(lang, v, 1) },
      },
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((r) => r.label[lang]),
        axisLabel: { color: "#1b1b1b", fontSize: 12, width: 320, overflow: "truncate" },
      },
      series: [
        {
          type: "bar",
          data: rows.map((r) => r.value),
          itemStyle: { color: "#1f4e96" },
          label: {
            show: true,
            position: "right",
            color: "#1b1b1b",
            formatter: (p: { value: number }) => formatNumber(lang, p.value, 2),
          },
          markLine: {
            silent: true,
            symbol: "none",
            lineStyle: { color: "#b0001e", type: "dashed" },
            label: { color: "#b0001e", position: "end", formatter: t(lang, "threshold") },
            data: [{ xAxis: EU_THRESHOLDS_2023.supplyRisk }],
          },
        },
      ],
    },
    { width: 720, height },
  );
}

export function FigureBlock(props: { lang: Lang; figure: FrozenFigure; n: number }) {
  const { lang, figure: f } = props;
  const svg = barsSvg(lang, f);
  const title = t(lang, "figureN", { n: props.n, title: f.title[lang] });
  return (
    <figure class="chart">
      <figcaption>
        <strong>{title}</strong>
        <br />
        {t(lang, "frozenAt", { date: formatDateTime(lang, new Date(f.frozenAt)) })}
      </figcaption>
      {svg && raw(labelledSvg(svg, `fig-${f.id}`, title, t(lang, "chartDesc")))}
      <div class="table-wrap">
        <table class="data-table">
          <caption>{t(lang, "figureTable", { n: props.n })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "quantity")}</th>
              <th scope="col" class="num">
                {t(lang, "value")}
              </th>
              <th scope="col">{t(lang, "note")}</th>
            </tr>
          </thead>
          <tbody>
            {f.rows.map((r) => (
              <tr>
                <th scope="row">{r.label[lang]}</th>
                <td class="num">{valueText(lang, r.unit, r.value)}</td>
                <td>
                  {[
                    criticalText(lang, r.critical),
                    r.provenance ? t(lang, `provenance_${r.provenance}`) : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="source">{t(lang, "sources", { sources: listText(lang, f.sources) })}</p>
    </figure>
  );
}
