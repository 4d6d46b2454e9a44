import type { Lang } from "../../platform/i18n/i18n.ts";
import { labelledSvg, renderSvgChart } from "../../platform/web/svg-chart.ts";
import { financingText as t } from "./messages.ts";
import { type Currency, formatCompactMoney } from "./money.ts";
import type { SummaryRow } from "./summary.ts";

/** Committed and disbursed side by side, bars told apart by pattern as well as colour. */
const SERIES = {
  committed: { color: "#1f4e96", decal: undefined },
  disbursed: {
    color: "#b35806",
    decal: { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [3, 3] },
  },
} as const;

/**
 * Committed and disbursed amounts per category (years, parties), rendered on the server by
 * ECharts as CSP-safe SVG; the dashboard's table beside it holds the exact figures.
 */
export function amountsChartSvg(p: {
  lang: Lang;
  id: string;
  title: string;
  rows: { label: string; row: SummaryRow }[];
  currency: Currency;
}): string {
  const { lang } = p;
  const svg = renderSvgChart(
    {
      animation: false,
      aria: { enabled: false },
      textStyle: { fontFamily: "system-ui, sans-serif" },
      legend: { bottom: 0, textStyle: { fontSize: 13, color: "#1b1b1b" } },
      grid: { left: 96, right: 24, top: 20, bottom: 56 },
      xAxis: {
        type: "category",
        data: p.rows.map((r) => r.label),
        axisLabel: { color: "#1b1b1b" },
      },
      yAxis: {
        type: "value",
        min: 0,
        axisLabel: {
          color: "#1b1b1b",
          formatter: (v: number) => formatCompactMoney(lang, BigInt(Math.round(v)), p.currency),
        },
      },
      series: (["committed", "disbursed"] as const).map((k) => ({
        type: "bar" as const,
        name: t(lang, k),
        itemStyle: { color: SERIES[k].color, ...(SERIES[k].decal && { decal: SERIES[k].decal }) },
        data: p.rows.map((r) => Number(r.row[k])),
      })),
    },
    { width: 560, height: 260 },
  );
  const first = p.rows[0]?.label ?? "";
  const last = p.rows[p.rows.length - 1]?.label ?? "";
  return labelledSvg(svg, p.id, p.title, t(lang, "chartDesc", { first, last }));
}
