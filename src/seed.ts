import { seedAccessDemo } from "./access/demo.ts";
import { seedCooperationDemo } from "./cooperation/demo/seed.ts";
import { seedCriticalityData } from "./criticality/datasets/seed.ts";
import { seedDeclaration } from "./declaration/seed.ts";
import type { Db } from "./platform/db/client.ts";

export type SeedOptions = { demo?: boolean };

/** What every page needs before the first request: fast, and run twice it changes nothing. */
export async function seed(db: Db, options: SeedOptions = {}): Promise<void> {
  await seedDeclaration(db);
  if (options.demo) {
    await seedAccessDemo(db);
    // The demo portfolio names materials, stages and countries of the reference datasets.
    await seedReferenceData(db);
    await seedCooperationDemo(db);
  }
}

/**
 * The bundled public datasets (USGS, WGI, EU assessment, lists): seconds of parsing on the
 * first run, nothing afterwards (each file is recognised by its SHA-256).
 */
export const seedReferenceData = (db: Db) => seedCriticalityData(db);
