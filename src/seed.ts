import { seedDeclaration } from "./declaration/seed.ts";
import type { Db } from "./platform/db/client.ts";

export type SeedOptions = { demo?: boolean };

/** Reference data every installation needs; running it twice changes nothing. */
export async function seed(db: Db, _options: SeedOptions = {}): Promise<void> {
  await seedDeclaration(db);
}
