import { formatNumber } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { renderSvgChart } from "../../platform/web/svg-chart.ts";
import type { FactsheetOutput } from "./schema.ts";

const STYLE = {
  extraction: { symbol: "circle", color: "#1f4e96", type: "solid" },
  processing: { symbol: "diamond", color: "#b35806", type: "dashed" },
} as const;

/** The HHI by year, one line per stage, rendered on the server and made CSP-compatible. */
export function hhiTrendSvg(
  lang: Lang,
  trend: FactsheetOutput["hhiTrend"],
  stageName: (stage: "extraction" | "processing") => string,
): string {
  const years = [...new Set(trend.map((p) => p.year))].sort((a, b) => a - b);
  return renderSvgChart(
    {
      animation: false,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      legend: { bottom: 0, textStyle: { fontSize: 13, color: "#1b1b1b" } },
      grid: { left: 56, right: 24, top: 24, bottom: 64 },
      xAxis: {
        type: "category",
        data: years.map(String),
        axisLabel: { color: "#1b1b1b" },
      },
      yAxis: {
        type: "value",
        min: 0,
        max: 1,
        name: lang === "fr" ? "IHH" : "HHI",
        nameTextStyle: { color: "#1b1b1b" },
        axisLabel: { color: "#1b1b1b", formatter: (v: number) => formatNumber(lang, v, 1) },
      },
      series: (["extraction", "processing"] as const)
        .filter((s) => trend.some((p) => p.stage === s))
        .map((s) => ({
          type: "line" as const,
          name: stageName(s),
          symbol: STYLE[s].symbol,
          symbolSize: 9,
          itemStyle: { color: STYLE[s].color },
          lineStyle: { color: STYLE[s].color, type: STYLE[s].type, width: 2 },
          label: {
            show: true,
            color: "#1b1b1b",
            formatter: (p: { value: unknown }) => formatNumber(lang, Number(p.value), 2),
          },
          data: years.map((y) => trend.find((p) => p.stage === s && p.year === y)?.hhi ?? null),
        })),
    },
    { width: 560, height: 280 },
  );
}
