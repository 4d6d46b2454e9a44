import type { Db, Queryable, Unlisten } from "./client.ts";

/** Raised by migration 0026 at every commit that moved a data version, in any process. */
export const VERSIONS_CHANNEL = "alliage_data_versions";
// After a lost listening connection, the versions are read at every call meanwhile.
const RETRY_MS = 5_000;

type Known = { versions: Map<string, string>; stamp: number; writes: number };
type Watch = {
  state: "off" | "starting" | "on";
  /** Moves at every notification and every change of state: a reading taken before is stale. */
  stamp: number;
  known?: Known;
  retryAt: number;
  unlisten?: Unlisten;
};

const watches = new WeakMap<Db, Watch>();

export async function readVersions(tx: Queryable): Promise<Map<string, string>> {
  const rows = await tx.query<{ area: string; version: string }>(
    "SELECT area, version::text AS version FROM data_versions",
  );
  return new Map(rows.map((r) => [r.area, r.version]));
}

const isDb = (q: Queryable): q is Db => "listen" in q && "writes" in q;

/**
 * The data versions, read again only when something may have moved them: a write through this
 * handle (its count of writes moved) or a commit anywhere else (a notification arrived). Until
 * the handle listens — and whenever its listening connection is lost — every call reads them,
 * as a page must never be served from a version it cannot vouch for.
 */
export async function versionsNow(db: Queryable): Promise<Map<string, string>> {
  if (!isDb(db)) return readVersions(db);
  const watch = watchOf(db);
  const writes = db.writes();
  const known = watch.known;
  if (watch.state === "on" && known && known.stamp === watch.stamp && known.writes === writes)
    return known.versions;
  // Taken before reading: whatever moves during the read makes this reading stale at once.
  const stamp = watch.stamp;
  const listening = watch.state === "on";
  const versions = await readVersions(db);
  if (listening) watch.known = { versions, stamp, writes };
  return versions;
}

function watchOf(db: Db): Watch {
  let watch = watches.get(db);
  if (!watch) {
    watch = { state: "off", stamp: 0, retryAt: 0 };
    watches.set(db, watch);
  }
  if (watch.state === "off" && Date.now() >= watch.retryAt) listen(db, watch);
  return watch;
}

function listen(db: Db, watch: Watch): void {
  watch.state = "starting";
  const moved = () => {
    watch.stamp += 1;
  };
  const stop = () => {
    watch.state = "off";
    watch.known = undefined;
    watch.unlisten = undefined;
    watch.retryAt = Date.now() + RETRY_MS;
    moved();
  };
  db.listen(VERSIONS_CHANNEL, moved, stop).then((unlisten) => {
    if (watch.state !== "starting") return void unlisten();
    watch.state = "on";
    watch.unlisten = unlisten;
    moved();
  }, stop);
}
