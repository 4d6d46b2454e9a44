import type { Queryable } from "../../platform/db/client.ts";
import { INDICATOR_IDS } from "./catalogue.ts";

export type IndicatorValue = {
  indicator: string;
  year: number;
  baseline: string | null;
  target: string | null;
  actual: string | null;
  unit: string;
};

export type IndicatorSeries = { indicator: string; unit: string; values: IndicatorValue[] };

/** A project's values grouped by indicator, in catalogue order, each by year. */
export async function indicatorSeries(
  db: Queryable,
  projectId: string,
): Promise<IndicatorSeries[]> {
  const rows = await db.query<IndicatorValue>(
    `SELECT indicator, year, baseline::text AS baseline, target::text AS target,
            actual::text AS actual, unit
       FROM project_indicators WHERE project_id = $1 ORDER BY indicator, year`,
    [projectId],
  );
  const order = (id: string) => {
    const i = INDICATOR_IDS.indexOf(id as (typeof INDICATOR_IDS)[number]);
    return i < 0 ? INDICATOR_IDS.length : i;
  };
  const by = new Map<string, IndicatorSeries>();
  for (const r of rows) {
    const s = by.get(r.indicator) ?? { indicator: r.indicator, unit: r.unit, values: [] };
    s.values.push({ ...r, year: Number(r.year) });
    by.set(r.indicator, s);
  }
  return [...by.values()].sort((a, b) => order(a.indicator) - order(b.indicator));
}
