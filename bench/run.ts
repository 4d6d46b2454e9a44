// npm run bench [-- NAME…]: runs the suites of bench/*.bench.ts (those whose name contains one
// of the NAMEs, if given), prints a table of medians and writes bench/results.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BenchCase, median, registeredSuites } from "./harness.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

for (const file of fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()) {
  await import(pathToFileURL(path.join(here, file)).href);
}

type Result = ReturnType<typeof summarise> & { suite: string };
const results: Result[] = [];
const started = performance.now();
for (const suite of registeredSuites()) {
  if (only.length > 0 && !only.some((name) => suite.name.includes(name))) continue;
  console.log(`▸ ${suite.name}: setup…`);
  const t0 = performance.now();
  const ctx = await suite.setup();
  console.log(`  setup ${seconds(performance.now() - t0)}`);
  // Interrupted, the suite still removes what it made (a generated file can be 350 MB).
  const interrupted = async () => {
    await suite.teardown?.(ctx);
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  try {
    for (const c of suite.cases) {
      const result = { suite: suite.name, ...(await measure(c, ctx)) };
      results.push(result);
      console.log(`  ${c.name}: ${rate(result.itemsPerSecond)} ${c.unit}/s (median of ${c.runs})`);
    }
  } finally {
    process.off("SIGINT", interrupted);
    await suite.teardown?.(ctx);
  }
}
printTable(results);
const out = path.join(here, "results.json");
const machine = {
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpus: os.cpus().length,
};
fs.writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`,
);
console.log(
  `\n${results.length} benchmarks in ${seconds(performance.now() - started)}; ${path.relative(process.cwd(), out)}`,
);

async function measure<C>(c: BenchCase<C>, ctx: C) {
  for (let i = 0; i < (c.warmup ?? 1); i++) {
    await c.run(ctx);
    await c.baseline?.run(ctx);
  }
  const times: number[] = [];
  const baseTimes: number[] = [];
  const samples = [];
  let baseItems = 0;
  // Alternating, so that a slow patch of the machine weighs on both sides of the ratio.
  for (let i = 0; i < c.runs; i++) {
    if (c.baseline) {
      const t = performance.now();
      baseItems = (await c.baseline.run(ctx)).items;
      baseTimes.push(performance.now() - t);
    }
    const t = performance.now();
    const sample = await c.run(ctx);
    samples.push(sample);
    times.push(sample.ms ?? performance.now() - t);
  }
  return summarise(c, times, samples, baseTimes, baseItems);
}

function summarise<C>(
  c: BenchCase<C>,
  times: number[],
  samples: { items: number; metrics?: Record<string, number> }[],
  baseTimes: number[],
  baseItems: number,
) {
  const ms = median(times);
  const items = median(samples.map((s) => s.items));
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.metrics ?? {})))];
  const metrics = Object.fromEntries(
    names.map((n) => [n, median(samples.map((s) => s.metrics?.[n] ?? Number.NaN))]),
  );
  const baseMs = baseTimes.length > 0 ? median(baseTimes) : undefined;
  const itemsPerSecond = (items / ms) * 1000;
  return {
    case: c.name,
    unit: c.unit,
    runs: c.runs,
    items,
    medianMs: round(ms),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
    itemsPerSecond: Math.round(itemsPerSecond),
    ...(c.target !== undefined && { target: c.target, targetMet: itemsPerSecond >= c.target }),
    ...(baseMs !== undefined && {
      baseline: {
        name: c.baseline?.name,
        medianMs: round(baseMs),
        itemsPerSecond: Math.round((baseItems / baseMs) * 1000),
      },
      ratio: round(ms / baseMs),
    }),
    metrics,
  };
}

function printTable(rows: Result[]) {
  const metricNames = [...new Set(rows.flatMap((r) => Object.keys(r.metrics)))];
  const head = [
    "benchmark",
    "median",
    "per second",
    "target",
    "baseline",
    "× baseline",
    ...metricNames,
  ];
  const body = rows.map((r) => [
    `${r.suite}: ${r.case}`,
    seconds(r.medianMs),
    `${rate(r.itemsPerSecond)} ${r.unit}`,
    "target" in r ? `${r.targetMet ? "✓" : "✗"} ${rate(r.target ?? 0)}` : "",
    "baseline" in r ? `${r.baseline?.name} ${seconds(r.baseline?.medianMs ?? 0)}` : "",
    "ratio" in r ? String(r.ratio) : "",
    ...metricNames.map((n) => (n in r.metrics ? String(r.metrics[n]) : "")),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" │ ");
  console.log(`\n${line(head)}\n${widths.map((w) => "─".repeat(w)).join("─┼─")}`);
  for (const b of body) console.log(line(b));
}

function round(n: number) {
  return Math.round(n * 100) / 100;
}
function seconds(ms: number) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
function rate(n: number) {
  return n >= 1e6
    ? `${(n / 1e6).toFixed(2)} M`
    : n >= 1e3
      ? `${(n / 1e3).toFixed(1)} k`
      : n.toFixed(1);
}
