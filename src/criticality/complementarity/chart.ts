import { formatNumber } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { renderSvgChart } from "../../platform/web/svg-chart.ts";
import { complementarityText as t } from "./messages.ts";
import type { ComplementarityRow } from "./queries.ts";

/** Pairs drawn: the rest is in the table (a longer chart stops being readable). */
export const CHART_ROWS = 15;

/**
 * The top pairs as horizontal bars, Canada's share beside the EU's reliance, rendered on the
 * server by ECharts and made CSP-compatible like the matrix.
 */
export function complementaritySvg(lang: Lang, rows: readonly ComplementarityRow[]): string {
  const top = rows.slice(0, CHART_ROWS).reverse();
  const label = (r: ComplementarityRow) => `${r.name[lang]} — ${t(lang, r.stage)}`;
  const pct = (v: number) => formatNumber(lang, v * 100, 0);
  return renderSvgChart(
    {
      animation: false,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      legend: {
        orient: "vertical",
        left: 230,
        bottom: 0,
        textStyle: { fontSize: 13, color: "#1b1b1b" },
      },
      grid: { left: 230, right: 40, top: 16, bottom: 80 },
      xAxis: {
        type: "value",
        min: 0,
        max: 1,
        axisLabel: { formatter: (v: number) => `${pct(v)}${lang === "fr" ? "\u202f%" : "%"}` },
      },
      yAxis: {
        type: "category",
        data: top.map(label),
        axisLabel: { color: "#1b1b1b", fontSize: 12 },
      },
      series: [
        {
          type: "bar",
          name: t(lang, "colShare"),
          data: top.map((r) => r.canadaShare),
          itemStyle: { color: "#b0001e" },
        },
        {
          type: "bar",
          name: t(lang, "colIr"),
          data: top.map((r) => r.euImportReliance),
          itemStyle: { color: "#1f4e96" },
        },
      ],
    },
    { width: 760, height: 120 + top.length * 34 },
  );
}
