import type { Db } from "../platform/db/client.ts";
import type { ReferenceDataSummary } from "../platform/http/area-module.ts";
import { AREAS } from "./areas.ts";

export type SeedOptions = { demo?: boolean };

/** What every page needs before the first request: fast, and run twice it changes nothing. */
export async function seed(db: Db, options: SeedOptions = {}): Promise<void> {
  for (const area of AREAS) await area.seed?.(db);
  if (options.demo) {
    // The demo content names materials, stages and countries of the reference datasets.
    await seedReferenceData(db);
    for (const area of AREAS) await area.demo?.(db);
  }
}

/**
 * The bundled public datasets (USGS, WGI, EU assessment, lists): seconds of parsing on the
 * first run, nothing afterwards (each file is recognised by its SHA-256).
 */
export async function seedReferenceData(db: Db): Promise<ReferenceDataSummary> {
  const total: { imported: unknown[]; unchanged: number; ms: number } = {
    imported: [],
    unchanged: 0,
    ms: 0,
  };
  for (const area of AREAS) {
    const summary = await area.referenceData?.(db);
    if (!summary) continue;
    total.imported.push(...summary.imported);
    total.unchanged += summary.unchanged;
    total.ms += summary.ms;
  }
  return total;
}
