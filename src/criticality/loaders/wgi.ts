/**
 * WGI of a year as the engine's index. Producers without a WGI (territories, the pieces of an
 * "Other countries" residual) get the MEDIAN scaled WGI of the year's countries.
 */
import type { Db } from "../../platform/db/client.ts";
import {
  buildWgiIndex,
  WGI_INDICATORS,
  type WgiEntry,
  type WgiIndex,
  type WgiIndicator,
} from "../engine/index.ts";
import { latestWgiYear, wgiScoreRows } from "./queries.ts";

export type GlobalWgi = {
  index: WgiIndex;
  year: number;
  /** Median scaled WGI of the year's countries, used for producers without a WGI. */
  fallback: number;
};

/** Median (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** WGI of a year (default the latest) as the engine's index, with the median as fallback. */
export async function loadGlobalWgi(db: Db, wgiYear?: number): Promise<GlobalWgi | null> {
  const year = wgiYear ?? (await latestWgiYear(db));
  if (year === null) return null;
  const rows = await wgiScoreRows(db, year);
  if (rows.length === 0) return null;
  const table = new Map<
    string,
    {
      estimates: Partial<Record<WgiIndicator, number>>;
      stdErrors: Partial<Record<WgiIndicator, number>>;
    }
  >();
  for (const r of rows) {
    const key = r.indicator.toLowerCase() as WgiIndicator;
    if (!WGI_INDICATORS.includes(key)) continue;
    const entry = table.get(r.country_id) ?? { estimates: {}, stdErrors: {} };
    entry.estimates[key] = Number(r.estimate);
    if (r.std_error !== null) entry.stdErrors[key] = Number(r.std_error);
    table.set(r.country_id, entry);
  }
  const entries = new Map<string, WgiEntry>(
    [...table].map(([c, e]) => [
      c,
      Object.keys(e.stdErrors).length === 6 ? e : { estimates: e.estimates },
    ]),
  );
  const bare = buildWgiIndex(entries);
  const fallback = median([...bare.scaled.subarray(0, bare.fallbackSlot)]);
  return { index: buildWgiIndex(entries, { fallback }), year, fallback };
}
