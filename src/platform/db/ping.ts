import type { Queryable } from "./client.ts";

/** A round trip to the database: what the health check answers for. */
export async function pingDatabase(db: Queryable): Promise<void> {
  await db.query("SELECT 1");
}
