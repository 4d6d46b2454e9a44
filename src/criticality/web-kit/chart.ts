import * as echarts from "echarts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { EU_THRESHOLDS_2023 } from "../engine/index.ts";
import type { MatrixPoint } from "./assessment.ts";
import { criticalityText as t } from "./messages.ts";
import { oneDecimal } from "./number.ts";

export const CHART_WIDTH = 760;
export const CHART_HEIGHT = 600;

/** Colours chosen to stay apart for common colour-vision deficiencies; shapes differ too. */
const STYLE = {
  thresholds: { symbol: "circle", color: "#1f4e96", size: 10 },
  strategic: { symbol: "diamond", color: "#b35806", size: 14 },
  none: { symbol: "triangle", color: "#8a8f98", size: 8 },
} as const;

/**
 * The criticality matrix as an SVG string, rendered on the server by ECharts (no animation,
 * chart disposed), then made CSP-compatible: no <style> element, no style attributes.
 */
export function matrixSvg(lang: Lang, points: readonly MatrixPoint[]): string {
  const n = (v: number) => oneDecimal(lang, v);
  const data = (keep: (p: MatrixPoint) => boolean) =>
    points.filter(keep).map((p) => [p.economicImportance, p.supplyRisk, p.row.name[lang]]);
  const critical = {
    show: true,
    position: "right" as const,
    fontSize: 11,
    color: "#1b1b1b",
    formatter: (p: { value: unknown }) => String((p.value as unknown[])[2]),
  };
  const series = (
    name: string,
    style: (typeof STYLE)[keyof typeof STYLE],
    rows: unknown[][],
    labels: boolean,
  ) => ({
    type: "scatter" as const,
    name,
    symbol: style.symbol,
    symbolSize: style.size,
    itemStyle: { color: style.color, borderColor: "#ffffff", borderWidth: 1 },
    data: rows,
    label: labels ? critical : { show: false },
    labelLayout: { hideOverlap: true },
  });
  const ei = EU_THRESHOLDS_2023.economicImportance;
  const sr = EU_THRESHOLDS_2023.supplyRisk;
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      legend: {
        orient: "vertical",
        left: 64,
        bottom: 0,
        itemGap: 6,
        textStyle: { fontSize: 13, color: "#1b1b1b" },
      },
      grid: { left: 64, right: 120, top: 24, bottom: 130 },
      xAxis: {
        name: t(lang, "axisEi"),
        nameLocation: "middle",
        nameGap: 30,
        min: 0,
        max: 10,
        axisLabel: { formatter: (v: number) => n(v), color: "#1b1b1b" },
        nameTextStyle: { color: "#1b1b1b", fontSize: 13 },
      },
      yAxis: {
        name: t(lang, "axisSr"),
        nameLocation: "middle",
        nameGap: 40,
        min: 0,
        max: (v: { max: number }) => Math.max(5, Math.ceil(v.max)),
        axisLabel: { formatter: (v: number) => n(v), color: "#1b1b1b" },
        nameTextStyle: { color: "#1b1b1b", fontSize: 13 },
      },
      series: [
        {
          ...series(
            t(lang, "seriesNotCritical"),
            STYLE.none,
            data((p) => !p.critical),
            false,
          ),
          markLine: {
            silent: true,
            symbol: "none",
            lineStyle: { color: "#b0001e", type: "dashed", width: 1.5 },
            label: { color: "#b0001e", fontSize: 12 },
            data: [
              { xAxis: ei, label: { formatter: t(lang, "thresholdEi", { v: n(ei) }) } },
              { yAxis: sr, label: { formatter: t(lang, "thresholdSr", { v: n(sr) }) } },
            ],
          },
        },
        series(
          t(lang, "seriesThresholds"),
          STYLE.thresholds,
          data((p) => p.basis === "thresholds"),
          true,
        ),
        series(
          t(lang, "seriesStrategic"),
          STYLE.strategic,
          data((p) => p.basis === "strategic"),
          true,
        ),
      ],
    });
    return cspSafe(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** SVG presentation attributes that ECharts writes into style="…" on text. */
const PRESENTATION = new Set([
  "font-size",
  "font-family",
  "font-weight",
  "font-style",
  "fill",
  "stroke",
  "opacity",
]);

/**
 * Without 'unsafe-inline' in style-src, the browser ignores <style> elements and style
 * attributes: the hover rules go (the chart is static) and each style="…" declaration becomes
 * the presentation attribute of the same name. ECharts' own bookkeeping attributes go too.
 */
export function cspSafe(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/ style="([^"]*)"/g, (_all, decls: string) =>
      decls
        .split(";")
        .map((d) => d.split(":").map((s) => s.trim()))
        .filter(([k, v]) => k && v && PRESENTATION.has(k))
        .map(([k, v]) => ` ${k}="${(v ?? "").replace(/"/g, "&quot;")}"`)
        .join(""),
    )
    .replace(/ class="zr\d+-cls-\d+"/g, "")
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, "");
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** role="img" with a title and a description that assistive technologies read out. */
export function labelledSvg(svg: string, id: string, title: string, desc: string): string {
  return svg.replace(
    /<svg\b([^>]*)>/,
    (_all, attrs: string) =>
      `<svg${attrs.replace(/ (width|height)="[^"]*"/g, "")} role="img" aria-labelledby="${id}-titre ${id}-desc" class="chart-svg">` +
      `<title id="${id}-titre">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`,
  );
}
