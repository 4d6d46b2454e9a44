import type * as Echarts from "echarts";
import { onFirstUse } from "../first-use.ts";

// The CommonJS build, one file: loading it costs a tenth of the ES modules' many files, and it
// is paid by the first chart drawn, not by every start of the server or the CLI.
const echarts = onFirstUse<typeof Echarts>("echarts");

export type ChartSize = { width: number; height: number };
export type ChartOption = Echarts.EChartsCoreOption;
/** What a drawing may do with the chart before it is rendered: set options, read its geometry. */
export type DrawingChart = Pick<Echarts.EChartsType, "setOption" | "convertToPixel">;

/**
 * Every chart of the platform goes through here: an ECharts instance rendered on the server to
 * SVG (no DOM), made CSP-safe, and disposed even when the drawing throws. `draw` sets the
 * options (and may read the laid-out geometry between two of them); its result comes back
 * with the SVG.
 */
export function drawSvgChart<T>(
  size: ChartSize,
  draw: (chart: DrawingChart) => T,
): { svg: string; drawn: T } {
  const chart = echarts().init(null, null, { renderer: "svg", ssr: true, ...size });
  try {
    const drawn = draw(chart);
    return { svg: cspSafe(chart.renderToSVGString()), drawn };
  } finally {
    chart.dispose();
  }
}

/** One option, one CSP-safe SVG string. */
export function renderSvgChart(option: ChartOption, size: ChartSize): string {
  return drawSvgChart(size, (chart) => chart.setOption(option)).svg;
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
