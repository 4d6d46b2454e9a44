import type { Queryable } from "./client.ts";
import { versionsNow } from "./version-watch.ts";

export { readVersions } from "./version-watch.ts";

/** The areas whose tables bump a counter in data_versions on every write (0015, 0026). */
export type DataArea = "declaration" | "criticality" | "portfolio" | "disclosure";

type Entry = { version: string; value: Promise<unknown> };

// One cache per database handle: tests and tools open several databases in one process, and
// equal version numbers in two databases say nothing about their data.
const caches = new WeakMap<object, Map<string, Entry>>();
const MAX_ENTRIES = 500;

export async function dataVersion(db: Queryable, area: DataArea): Promise<string> {
  return (await versionsNow(db)).get(area) ?? "none";
}

/**
 * What compute() gives for key, computed again only once the area's data have changed. The
 * version is read before computing, so a write racing with the computation leaves an entry the
 * next call finds out of date, never a stale one taken for current. Concurrent callers of one
 * key share one computation; a failed computation is not kept.
 */
export async function versioned<T>(
  db: Queryable,
  area: DataArea,
  key: string,
  compute: () => Promise<T> | T,
): Promise<T> {
  const version = await dataVersion(db, area);
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const fullKey = `${area}|${key}`;
  const hit = cache.get(fullKey);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = Promise.resolve().then(compute);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const entry = { version, value };
  cache.set(fullKey, entry);
  value.catch(() => {
    if (cache.get(fullKey) === entry) cache.delete(fullKey);
  });
  return value;
}

/**
 * After a restore (which neither saves nor restores the counters), every counter moves past the
 * value it had: a value computed before the restore then never matches the restored data.
 */
export async function advanceVersionsPast(
  tx: Queryable,
  before: Map<string, string>,
): Promise<void> {
  for (const [area, version] of before) {
    await tx.query(
      `INSERT INTO data_versions (area, version) VALUES ($1, $2::bigint + 1)
       ON CONFLICT (area) DO UPDATE SET version = GREATEST(data_versions.version, $2::bigint) + 1`,
      [area, version],
    );
  }
}
