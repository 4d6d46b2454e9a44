/**
 * A small BACI file for tests: synthetic rows (see datasets/baci/synthetic.ts) where the rows of
 * nickel's and cobalt's HS codes are redirected to France (BACI 251) and Canada (124), from a
 * mix of real exporters and codes that name no country.
 */
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../platform/db/client.ts";
import { BACI_HEADER } from "../datasets/baci/index.ts";
import { type SyntheticLine, syntheticBaciLines } from "../datasets/baci/synthetic.ts";
import { countryIdsOfCode, latestStability } from "./queries.ts";
import { supplyRows } from "./supply.ts";

export const NICKEL_HS = [260400];
export const COBALT_HS = [282200, 810510];
export const FRANCE_BACI = 251;
export const CANADA_BACI = 124;
/** Indonesia, Australia, Russia, Philippines, DR Congo, USA (842), Canada, "Other Asia, nes". */
const EXPORTERS = [360, 36, 643, 608, 180, 842, 124, 490];

export type TradeFixture = { file: string; lines: SyntheticLine[]; year: number };

export function writeTradeFixture(dir: string, year = 2024, rows = 400): TradeFixture {
  const mapped = new Set([...NICKEL_HS, ...COBALT_HS]);
  const lines: SyntheticLine[] = [];
  let n = 0;
  for (const l of syntheticBaciLines({
    rows,
    seed: 7,
    year,
    countries: 40,
    products: 60,
    mappedCodes: [...NICKEL_HS, ...COBALT_HS].map(String),
    mappedShare: 0.6,
    malformedShare: 0.02,
  })) {
    if (!l.row || !mapped.has(l.row.k)) {
      lines.push(l);
      continue;
    }
    n++;
    const j = n % 3 === 0 ? l.row.j : n % 3 === 1 ? FRANCE_BACI : CANADA_BACI;
    let i = n % 2 === 0 ? (EXPORTERS[n % EXPORTERS.length] as number) : l.row.i;
    if (i === j) i = 360;
    const fields = l.text.split(",");
    fields[1] = String(i);
    fields[2] = String(j);
    lines.push({ ...l, text: fields.join(","), row: { ...l.row, i, j } });
  }
  const file = path.join(dir, `BACI_HS22_Y${year}_V202501.csv`);
  fs.writeFileSync(file, `${BACI_HEADER}\n${lines.map((l) => l.text).join("")}`);
  return { file, lines, year };
}

/**
 * GeoPolRisk computed without the loader or the engine: from the fixture's lines, direct
 * queries for the exporters' WGI and the USGS rows, and the formula written out.
 */
export async function independentGeoPolRisk(
  db: Db,
  fixture: TradeFixture,
  material: string,
  importerCode: number,
  hsCodes: readonly number[],
  importerId: string,
) {
  const groups = new Map<number, { usd: number; kg: number; withQuantity: boolean }>();
  for (const l of fixture.lines) {
    if (!l.row || l.row.j !== importerCode || !hsCodes.includes(l.row.k)) continue;
    const g = groups.get(l.row.i) ?? { usd: 0, kg: 0, withQuantity: false };
    g.usd += l.row.valueUsd;
    if (l.row.quantityKg !== null) {
      g.kg += l.row.quantityKg;
      g.withQuantity = true;
    }
    groups.set(l.row.i, g);
  }
  let numerator = 0;
  let q = 0;
  let v = 0;
  let defaulted = 0;
  for (const [code, g] of groups) {
    if (!g.withQuantity) continue;
    const [country] = await countryIdsOfCode(db, code);
    const [pv] = country ? await latestStability(db, country.id, fixture.year) : [];
    const weight =
      pv === undefined ? 0.5 : Math.min(1, Math.max(0, (2.5 - Number(pv.estimate)) / 5));
    if (pv === undefined) defaulted++;
    const tonnes = g.kg / 1000;
    numerator += tonnes * weight;
    q += tonnes;
    v += g.usd / 1000;
  }
  const series = await supplyRows(db, material, "extraction", fixture.year);
  const producers = (series?.rows ?? []).filter((r) => r.kind !== "total");
  const world = producers.reduce((a, r) => a + r.quantity, 0);
  const hhi = producers.reduce((a, r) => a + (r.quantity / world) ** 2, 0);
  const domestic = producers
    .filter((r) => r.country === importerId)
    .reduce((a, r) => a + r.quantity, 0);
  const score = (hhi * numerator) / (q + domestic);
  const price = v / q;
  const midpoint = score * price;
  return { hhi, numerator, q, score, price, midpoint, cf: midpoint / 0.409412948, defaulted };
}
