import { formatNumber } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { labelledSvg, renderSvgChart } from "../../platform/web/svg-chart.ts";
import { indicatorLabel, indicatorText as t, unitLabel } from "./messages.ts";
import type { IndicatorSeries } from "./queries.ts";

/** Distinct colour, dash and marker per line, so the chart reads without colour too. */
const LINES = {
  baseline: { color: "#8a8f98", type: "dotted", symbol: "triangle" },
  target: { color: "#b35806", type: "dashed", symbol: "diamond" },
  actual: { color: "#1f4e96", type: "solid", symbol: "circle" },
} as const;

/**
 * One indicator's trajectory (baseline, target, actual by year), rendered on the server by
 * ECharts and made CSP-compatible like the criticality charts; the same values are in the
 * table beside it.
 */
export function trajectorySvg(lang: Lang, s: IndicatorSeries, id: string): string {
  const years = s.values.map((v) => v.year);
  const svg = renderSvgChart(
    {
      animation: false,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      legend: { bottom: 0, textStyle: { fontSize: 13, color: "#1b1b1b" } },
      grid: { left: 72, right: 24, top: 28, bottom: 56 },
      xAxis: { type: "category", data: years.map(String), axisLabel: { color: "#1b1b1b" } },
      yAxis: {
        type: "value",
        min: 0,
        name: unitLabel(lang, s.unit),
        nameTextStyle: { color: "#1b1b1b" },
        axisLabel: { color: "#1b1b1b", formatter: (v: number) => formatNumber(lang, v, 2) },
      },
      series: (["baseline", "target", "actual"] as const).map((k) => ({
        type: "line" as const,
        name: t(lang, k),
        symbol: LINES[k].symbol,
        symbolSize: 8,
        connectNulls: true,
        itemStyle: { color: LINES[k].color },
        lineStyle: { color: LINES[k].color, type: LINES[k].type, width: 2 },
        data: s.values.map((v) => (v[k] === null ? null : Number(v[k]))),
      })),
    },
    { width: 560, height: 260 },
  );
  const label = indicatorLabel(lang, s.indicator);
  return labelledSvg(
    svg,
    id,
    t(lang, "chartTitle", { indicator: label }),
    t(lang, "chartDesc", { first: years[0] ?? "", last: years[years.length - 1] ?? "" }),
  );
}
