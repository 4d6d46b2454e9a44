import type { Lang } from "../../platform/i18n/i18n.ts";
import { drawSvgChart } from "../../platform/web/svg-chart.ts";
import { EU_THRESHOLDS_2023 } from "../engine/index.ts";
import type { MatrixPoint } from "./assessment.ts";
import { type Anchor, type Box, type Leader, placeLabels } from "./label-placement.ts";
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

const styleOf = (p: MatrixPoint) =>
  p.basis === "strategic"
    ? STYLE.strategic
    : p.basis === "thresholds"
      ? STYLE.thresholds
      : STYLE.none;

const LABEL_FONT = 10;
const BORDER = 1;

/**
 * A label's box from its text alone (the server has no font metrics): lowercase in the usual
 * system sans-serif fonts averages 0.45 to 0.5 em a character (DejaVu Sans, the widest common
 * one, 0.49 em on the material names), so 0.55 em leaves room for capitals and wide letters;
 * the height is one line at 1.3 em.
 */
function labelSize(text: string, fontSize = LABEL_FONT): { width: number; height: number } {
  return {
    width: Math.ceil([...text].length * fontSize * 0.55) + 2,
    height: Math.ceil(fontSize * 1.3),
  };
}

/** Where each point and its label went, in chart pixels: what the tests check. */
export type MatrixLayout = {
  bounds: Box;
  /** The threshold lines, as boxes one or two pixels thick. */
  lines: Box[];
  points: { point: MatrixPoint; anchor: Anchor; label: Box | null; leader: Leader | null }[];
};

export type MatrixChart = {
  svg: string;
  /** Critical materials whose label found no free place: listed beside the chart. */
  unlabelled: MatrixPoint[];
  layout: MatrixLayout;
};

/**
 * The criticality matrix as a CSP-safe SVG string, drawn on the server by ECharts (no
 * animation) through drawSvgChart. Labels are placed by placeLabels in ECharts' own pixel geometry: every critical point first, then
 * as many others as fit; none overlaps another, a point or a threshold line.
 */
export function matrixChart(lang: Lang, points: readonly MatrixPoint[]): MatrixChart {
  const { svg, drawn: layout } = drawSvgChart(
    { width: CHART_WIDTH, height: CHART_HEIGHT },
    (chart) => {
      // First without labels, to read the grid ECharts lays out; then again with them.
      chart.setOption(matrixOption(lang, points, null));
      const layout = matrixLayout(lang, points, (x, y) => {
        const [px, py] = chart.convertToPixel({ gridIndex: 0 }, [x, y]) as number[];
        return [px ?? 0, py ?? 0];
      });
      chart.setOption(matrixOption(lang, points, layout), { notMerge: true });
      return layout;
    },
  );
  return {
    svg,
    unlabelled: layout.points.filter((p) => p.point.critical && !p.label).map((p) => p.point),
    layout,
  };
}

function matrixLayout(
  lang: Lang,
  points: readonly MatrixPoint[],
  toPixel: (x: number, y: number) => [number, number],
): MatrixLayout {
  const [left, bottom] = toPixel(0, 0);
  const [right, top] = toPixel(10, yMax(points));
  const bounds = { left, top, width: right - left, height: bottom - top };
  const [ex, sy] = toPixel(EU_THRESHOLDS_2023.economicImportance, EU_THRESHOLDS_2023.supplyRisk);
  const lines = [
    { left: ex - 1, top, width: 2, height: bounds.height },
    { left, top: sy - 1, width: bounds.width, height: 2 },
  ];
  const anchors = points.map((p) => {
    const [x, y] = toPixel(p.economicImportance, p.supplyRisk);
    return { x, y, radius: styleOf(p).size / 2 };
  });
  const placed = placeLabels({
    bounds,
    points: anchors,
    obstacles: lines,
    labels: points.map((p, i) => ({
      point: i,
      required: p.critical,
      ...labelSize(p.row.name[lang]),
    })),
  });
  return {
    bounds,
    lines,
    points: points.map((point, i) => ({
      point,
      anchor: anchors[i] as Anchor,
      label: placed[i]?.box ?? null,
      leader: placed[i]?.leader ?? null,
    })),
  };
}

const crisp = (v: number) => Math.round(v - 0.5) + 0.5;

const yMax = (points: readonly MatrixPoint[]) =>
  Math.max(5, Math.ceil(Math.max(0, ...points.map((p) => p.supplyRisk))));

function matrixOption(lang: Lang, points: readonly MatrixPoint[], layout: MatrixLayout | null) {
  const n = (v: number) => oneDecimal(lang, v);
  const labelOf = new Map(layout?.points.map((p) => [p.point, p]));
  const item = (p: MatrixPoint) => {
    const value = [p.economicImportance, p.supplyRisk, p.row.name[lang]];
    const placed = labelOf.get(p);
    if (!placed?.label) return { value };
    const { anchor, label } = placed;
    const corner = (v: number) => v - anchor.radius - BORDER / 2;
    return {
      value,
      label: {
        show: true,
        // ECharts measures an array position from the top-left corner of the symbol's box,
        // its white border included.
        position: [label.left - corner(anchor.x), label.top - corner(anchor.y)],
        align: "left",
        verticalAlign: "top",
        fontSize: LABEL_FONT,
        // Labels are read as text: not the translucency ECharts gives scatter symbols.
        opacity: 1,
        color: p.critical ? "#1b1b1b" : "#4d5259",
        formatter: p.row.name[lang],
      },
    };
  };
  const series = (
    name: string,
    style: (typeof STYLE)[keyof typeof STYLE],
    rows: MatrixPoint[],
  ) => ({
    type: "scatter" as const,
    name,
    symbol: style.symbol,
    symbolSize: style.size,
    itemStyle: { color: style.color, borderColor: "#ffffff", borderWidth: BORDER },
    data: rows.map(item),
    label: { show: false },
  });
  const ei = EU_THRESHOLDS_2023.economicImportance;
  const sr = EU_THRESHOLDS_2023.supplyRisk;
  const leaders = (layout?.points ?? []).flatMap(({ leader }) => (leader ? [leader] : []));
  return {
    animation: false,
    textStyle: { fontFamily: "system-ui, sans-serif" },
    graphic: leaders.map(({ x1, y1, x2, y2 }) => ({
      type: "line",
      silent: true,
      // On the half pixel, a one-pixel line is drawn crisp rather than as two faint ones.
      shape: { x1: crisp(x1), y1: crisp(y1), x2: crisp(x2), y2: crisp(y2) },
      style: { stroke: "#5c6169", lineWidth: 1 },
    })),
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
      max: yMax(points),
      axisLabel: { formatter: (v: number) => n(v), color: "#1b1b1b" },
      nameTextStyle: { color: "#1b1b1b", fontSize: 13 },
    },
    series: [
      {
        ...series(
          t(lang, "seriesNotCritical"),
          STYLE.none,
          points.filter((p) => !p.critical),
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
        points.filter((p) => p.basis === "thresholds"),
      ),
      series(
        t(lang, "seriesStrategic"),
        STYLE.strategic,
        points.filter((p) => p.basis === "strategic"),
      ),
    ],
  };
}
