import { once } from "node:events";
import fs from "node:fs";
import { BACI_HEADER, type MalformedReason } from "./format.ts";

/**
 * Deterministic BACI-shaped files for tests and benchmarks: no BACI file is shipped. Shapes
 * follow the real data closely enough to exercise the parser: a couple of hundred countries
 * with a few large traders, thousands of products of which the mapped ones are a small share,
 * values spread over orders of magnitude, quantities sometimes NA, codes with and without
 * their leading zero.
 */
export type SyntheticOptions = {
  rows: number;
  seed?: number;
  year?: number;
  countries?: number;
  products?: number;
  /** HS codes that must occur (the material map's), on `mappedShare` of the rows. */
  mappedCodes?: readonly string[];
  mappedShare?: number;
  /** Share of lines spoiled on purpose (wrong field count, letters in a code or value). */
  malformedShare?: number;
  crlf?: boolean;
};

/** What a line says, in the units the parser sums (USD and kg), or why it is malformed. */
export type SyntheticLine = {
  line: number;
  text: string;
  row: {
    t: number;
    i: number;
    j: number;
    k: number;
    valueUsd: number;
    quantityKg: number | null;
  } | null;
  malformed?: MalformedReason;
};

/** Mulberry32: small, fast and good enough to make test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function* syntheticBaciLines(o: SyntheticOptions): Generator<SyntheticLine> {
  const rand = seededRandom(o.seed ?? 1);
  const year = o.year ?? 2022;
  const countries = distinct(rand, o.countries ?? 230, (r) => 1 + Math.floor(r() * 899));
  const mapped = (o.mappedCodes ?? []).map(Number);
  const taken = new Set(mapped);
  const others = distinct(rand, (o.products ?? 5000) - mapped.length, (r) => {
    const code = (1 + Math.floor(r() * 97)) * 10_000 + Math.floor(r() * 9_900) + 100;
    return taken.has(code) ? -1 : code;
  }).filter((c) => c > 0);
  const mappedShare = mapped.length > 0 ? (o.mappedShare ?? 0.02) : 0;
  const bad = o.malformedShare ?? 0;
  const eol = o.crlf ? "\r\n" : "\n";
  // Box–Muller gives two independent normals per draw: one for the value, one for the price.
  const normals = () => {
    const r = Math.sqrt(-2 * Math.log(1 - rand()));
    const a = 2 * Math.PI * rand();
    return [r * Math.cos(a), r * Math.sin(a)] as const;
  };
  // Trade is concentrated: u^2.5 puts most rows on the first countries and products.
  const skewed = <T>(list: readonly T[], power: number) =>
    list[Math.floor(list.length * rand() ** power)] as T;
  const prefix = `${year},`;
  for (let n = 0; n < o.rows; n++) {
    const i = skewed(countries, 2.5);
    let j = skewed(countries, 2);
    if (j === i) j = countries[(countries.indexOf(i) + 1) % countries.length] as number;
    const k = rand() < mappedShare ? skewed(mapped, 1) : skewed(others, 1.5);
    const [zValue, zPrice] = normals();
    const valueUsd = Math.max(1, Math.min(1e12, Math.round(Math.exp(10 + 2.5 * zValue))));
    const quantityKg = rand() < 0.07 ? null : Math.round(valueUsd / Math.exp(1.6 + 1.5 * zPrice));
    let v = pad(decimal(valueUsd), rand());
    let q = quantityKg === null ? missingText(rand()) : pad(decimal(quantityKg), rand());
    let code = productText(k, rand());
    const line = n + 2;
    if (bad > 0 && rand() < bad) {
      const kind = Math.floor(rand() * 3);
      const malformed: MalformedReason = kind === 0 ? "field_count" : "non_numeric";
      if (kind === 0) q = "";
      if (kind === 1) code = "26O4OO";
      if (kind === 2) v = "abc";
      const text = `${prefix}${i},${j},${code},${v}${kind === 0 ? "" : `,${q}`}${eol}`;
      yield { line, text, row: null, malformed };
      continue;
    }
    const text = `${prefix}${i},${j},${code},${v},${q}${eol}`;
    yield { line, text, row: { t: year, i, j, k, valueUsd, quantityKg } };
  }
}

/** The whole file as a string, for small tests; `lines` to compute the expected result. */
export function syntheticBaciText(o: SyntheticOptions): { text: string; lines: SyntheticLine[] } {
  const lines = [...syntheticBaciLines(o)];
  const eol = o.crlf ? "\r\n" : "\n";
  return { text: BACI_HEADER + eol + lines.map((l) => l.text).join(""), lines };
}

/**
 * Writes a file without holding it in memory. `offsets[n]` is the byte where data row n
 * starts, for each n in `checkpoints`: a reader can stop there to read the first n rows.
 */
export async function writeSyntheticBaci(
  file: string,
  o: SyntheticOptions,
  checkpoints: readonly number[] = [],
): Promise<{ bytes: number; offsets: Record<number, number> }> {
  const out = fs.createWriteStream(file);
  const offsets: Record<number, number> = {};
  const size = 1 << 20;
  // Lines are ASCII: written byte for byte into a block, which is cheaper than joining strings.
  let block = Buffer.allocUnsafe(size);
  let used = block.write(BACI_HEADER + (o.crlf ? "\r\n" : "\n"), "latin1");
  let flushed = 0;
  let n = 0;
  const flush = async () => {
    flushed += used;
    if (!out.write(block.subarray(0, used))) await once(out, "drain");
    block = Buffer.allocUnsafe(size);
    used = 0;
  };
  for (const line of syntheticBaciLines(o)) {
    if (checkpoints.includes(n)) offsets[n] = flushed + used;
    if (used + line.text.length > size) await flush();
    used += block.write(line.text, used, "latin1");
    n++;
  }
  if (checkpoints.includes(n)) offsets[n] = flushed + used;
  await flush();
  out.end();
  await once(out, "finish");
  return { bytes: flushed, offsets };
}

function distinct(rand: () => number, count: number, make: (r: () => number) => number) {
  const seen = new Set<number>();
  for (let tries = 0; seen.size < count && tries < count * 20; tries++) seen.add(make(rand));
  return [...seen];
}

/** 1500 → "1.5", 2000 → "2": thousandths written as BACI writes them. */
function decimal(thousandths: number): string {
  const whole = Math.floor(thousandths / 1000);
  const frac = thousandths % 1000;
  if (frac === 0) return String(whole);
  if (frac % 100 === 0) return `${whole}.${frac / 100}`;
  if (frac % 10 === 0) return `${whole}.${frac < 100 ? "0" : ""}${frac / 10}`;
  return `${whole}.${frac < 10 ? "00" : frac < 100 ? "0" : ""}${frac}`;
}

function productText(k: number, r: number): string {
  if (r < 0.4) return String(k);
  const six = String(k).padStart(6, "0");
  return r < 0.7 ? `"${six}"` : six;
}

const pad = (text: string, r: number) => (r < 0.1 ? text.padStart(12) : text);
const missingText = (r: number) => (r < 0.5 ? "NA" : r < 0.8 ? "         NA" : "");
