import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type * as Echarts from "echarts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cspSafe, drawSvgChart, labelledSvg, renderSvgChart } from "./svg-chart.ts";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

const option = {
  animation: false,
  xAxis: { type: "category", data: ["2024", "2025"] },
  yAxis: { type: "value" },
  series: [{ type: "bar", name: "Engagé", data: [3, 5], itemStyle: { color: "#1f4e96" } }],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("renderSvgChart", () => {
  it("gives what ECharts renders, made CSP-safe", () => {
    const echarts = require("echarts") as typeof Echarts;
    const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: 300, height: 200 });
    chart.setOption(option);
    const direct = cspSafe(chart.renderToSVGString());
    chart.dispose();

    const svg = renderSvgChart(option, { width: 300, height: 200 });
    expect(svg).toBe(direct);
    expect(svg).toMatch(/^<svg\b[^>]*width="300" height="200"/);
    expect(svg).toContain("<rect");
    expect(svg).not.toContain("<style");
    expect(svg).not.toContain("style=");
  });

  it("hands back what the drawing read between two options, and disposes the chart if it throws", () => {
    const { drawn } = drawSvgChart({ width: 300, height: 200 }, (chart) => {
      chart.setOption({ ...option, grid: { left: 50, right: 50, top: 20, bottom: 20 } });
      return chart.convertToPixel({ gridIndex: 0 }, [0, 0]) as number[];
    });
    expect(drawn[1]).toBe(180);

    const echarts = require("echarts") as typeof Echarts;
    const init = vi.spyOn(echarts, "init");
    expect(() =>
      drawSvgChart({ width: 300, height: 200 }, () => {
        throw new Error("bad option");
      }),
    ).toThrow("bad option");
    expect(init.mock.results[0]?.value.isDisposed()).toBe(true);
  });
});

describe("cspSafe and labelledSvg", () => {
  it("turns style declarations into presentation attributes and drops ECharts' bookkeeping", () => {
    const svg =
      '<svg width="10" height="10"><style>.zr0-cls-1:hover{cursor:pointer}</style>' +
      '<text class="zr0-cls-1" ecmeta_series_index="0" style="font-size:12px;fill:#1b1b1b;cursor:pointer">a</text></svg>';
    expect(cspSafe(svg)).toBe(
      '<svg width="10" height="10"><text font-size="12px" fill="#1b1b1b">a</text></svg>',
    );
  });

  it("labels the chart for assistive technologies, the title escaped", () => {
    const svg = labelledSvg(
      '<svg width="10" height="10" viewBox="0 0 10 10"></svg>',
      "c",
      "A <b> & « c »",
      "d",
    );
    expect(svg).toBe(
      '<svg viewBox="0 0 10 10" role="img" aria-labelledby="c-titre c-desc" class="chart-svg">' +
        '<title id="c-titre">A &lt;b&gt; &amp; « c »</title><desc id="c-desc">d</desc></svg>',
    );
  });
});

/**
 * Run in a process of its own, so that nothing else has loaded the chart engine yet: ES module
 * loads are seen by a resolve hook, CommonJS ones in require.cache.
 */
const PROBE = `
import { createRequire, register } from "node:module";
import { MessageChannel } from "node:worker_threads";
const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on("message", (url) => seen.push(url));
port1.unref();
const hook = "let port; export function initialize(d) { port = d.port; }" +
  " export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r; }";
register("data:text/javascript," + encodeURIComponent(hook), { data: { port: port2 }, transferList: [port2] });
const require = createRequire(import.meta.url);
const loaded = async () => {
  await new Promise((r) => setTimeout(r, 100));
  const files = [...seen, ...Object.keys(require.cache)];
  return Object.fromEntries(["echarts", "exceljs", "pdfkit"].map((p) =>
    [p, files.filter((f) => f.includes("/node_modules/" + p + "/")).length]));
};
await import("./src/app/app.ts");
const atStart = await loaded();
const { renderSvgChart } = await import("./src/platform/web/svg-chart.ts");
renderSvgChart({ series: [] }, { width: 10, height: 10 });
console.log(JSON.stringify({ atStart, afterChart: await loaded() }));
`;

describe("the chart engine, loaded at first use (issue 17)", () => {
  it("is not loaded by the app's modules, only by the first chart drawn (nor are exceljs and pdfkit)", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", PROBE],
      { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "silent" } },
    );
    const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
    expect(result.atStart).toEqual({ echarts: 0, exceljs: 0, pdfkit: 0 });
    expect(result.afterChart.echarts).toBeGreaterThan(0);
  }, 60_000);
});
