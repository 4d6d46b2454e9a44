import fs from "node:fs";
import path from "node:path";
import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import pg from "pg";
import { createEmbeddedAside } from "./create-embedded.ts";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.ts";

/** What every area's code needs from the database: the same on PGlite and on PostgreSQL. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements, without parameters (migrations, restores). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs fn in one transaction: everything it writes is committed together or not at all. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * How many statements through this handle may have written, counted once each has ended
   * (a transaction counts once): what was read before the count moved may be out of date.
   */
  writes(): number;
  /**
   * Calls onNotify for every NOTIFY on channel, from any connection or process, until the
   * returned function is called; onLost once if the listening connection is gone.
   */
  listen(channel: string, onNotify: () => void, onLost: (error: Error) => void): Promise<Unlisten>;
  close(): Promise<void>;
}

export type Unlisten = () => Promise<void>;

// Plain reads cannot write; anything else (WITH, INSERT, a function call through CALL…) might.
const READ_ONLY = /^\s*(SELECT|SHOW)\b/i;

// Both drivers must hand back the same JavaScript values: dates as 'YYYY-MM-DD' strings (no
// time-zone shift), bigint counts as numbers, numeric as exact strings.
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const asNumber = (v: string) => Number(v);
const asString = (v: string) => v;

export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Db> {
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lite = await PGlite.create({
    dataDir,
    loadDataDir,
    parsers: {
      [DATE_OID]: asString,
      [INT8_OID]: asNumber,
      [NUMERIC_OID]: asString,
      [pgliteTypes.TIMESTAMPTZ]: (v: string) => new Date(v),
    },
  });
  return wrapPglite(lite);
}

/** The Db interface over a PGlite instance that the caller created. */
export function wrapPglite(lite: PGlite): Db {
  const run = async <T>(q: Pick<PGlite, "query">, sql: string, params?: readonly unknown[]) =>
    (await q.query<T>(sql, params as unknown[])).rows;
  const counter = writeCounter();
  return {
    kind: "pglite",
    query: (sql, params) => counter.after(sql, run(lite, sql, params)),
    transaction: (fn) =>
      counter.after(
        "",
        lite.transaction((tx) =>
          fn({
            query: (sql, params) => run(tx, sql, params),
            exec: async (sql) => {
              await tx.exec(sql);
            },
          }),
        ),
      ),
    exec: async (sql) => {
      await counter.after("", lite.exec(sql));
    },
    writes: counter.count,
    // One embedded connection: a lost listener would mean a closed database, and nothing to read.
    listen: async (channel, onNotify) => {
      const unlisten = await lite.listen(channel, onNotify);
      return async () => {
        if (!lite.closed) await unlisten();
      };
    },
    close: () => lite.close(),
  };
}

/** Counts a statement that may write once it has ended, whether it succeeded or not. */
function writeCounter() {
  let writes = 0;
  return {
    count: () => writes,
    after: <T>(sql: string, pending: Promise<T>): Promise<T> => {
      if (READ_ONLY.test(sql)) return pending;
      return pending.finally(() => {
        writes += 1;
      });
    },
  };
}

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: string) => {
        if (oid === DATE_OID) return asString;
        if (oid === INT8_OID) return asNumber;
        if (oid === NUMERIC_OID) return asString;
        return pg.types.getTypeParser(oid, format as "text");
      }) as typeof pg.types.getTypeParser,
    },
  });
  // A pooled connection that the server drops while idle (restart, administrator's command)
  // is discarded by the pool and replaced on demand; unheard, the pool's error event would
  // end the process.
  pool.on("error", (error) => {
    process.stderr.write(`postgres: idle connection lost (${error.message})\n`);
  });
  // Fail now, with the driver's message, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const counter = writeCounter();
  const listeners = new Set<Unlisten>();
  // A listener still connecting when the handle closes must not outlive it (it would keep the
  // process alive): close() waits for it, and it gives up once it sees the handle closed.
  const connecting = new Set<Promise<unknown>>();
  let closed = false;
  return {
    kind: "postgres",
    query: (sql, params) =>
      counter.after(
        sql,
        pool.query(sql, params as unknown[]).then((result) => result.rows),
      ),
    transaction: (fn) => counter.after("", inTransaction(pool, fn)),
    exec: async (sql) => {
      await counter.after("", pool.query(sql));
    },
    writes: counter.count,
    listen: (channel, onNotify, onLost) => {
      if (closed) return Promise.reject(new Error("database closed"));
      const pending = listenOn(url, channel, listeners, () => closed, onNotify, onLost);
      connecting.add(pending);
      void pending.finally(() => connecting.delete(pending)).catch(() => {});
      return pending;
    },
    close: async () => {
      closed = true;
      await Promise.allSettled([...connecting]);
      await Promise.all([...listeners].map((unlisten) => unlisten()));
      await endPool(pool);
    },
  };
}

async function inTransaction<T>(pool: pg.Pool, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn({
      query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
      exec: async (sql) => {
        await client.query(sql);
      },
    });
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** A connection of its own (a pooled one would be handed to queries): LISTEN needs to stay. */
async function listenOn(
  url: string,
  channel: string,
  listeners: Set<Unlisten>,
  isClosed: () => boolean,
  onNotify: () => void,
  onLost: (error: Error) => void,
): Promise<Unlisten> {
  const client = new pg.Client({ connectionString: url });
  let listening = false;
  const unlisten: Unlisten = async () => {
    listening = false;
    listeners.delete(unlisten);
    await client.end().catch(() => {});
  };
  const lost = (error: Error) => {
    if (!listening) return;
    listening = false;
    listeners.delete(unlisten);
    onLost(error);
  };
  client.on("error", lost);
  client.on("end", () => lost(new Error("connection ended")));
  client.on("notification", (message) => {
    if (message.channel === channel) onNotify();
  });
  try {
    await client.connect();
    if (isClosed()) throw new Error("database closed");
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  listening = true;
  listeners.add(unlisten);
  return unlisten;
}

/**
 * pool.end() resolves once it has asked its idle connections to close, not once they have:
 * wait for each to be gone, so that dropping the database next cannot cut one mid-goodbye.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  const open = pool.totalCount;
  let removed = 0;
  const gone = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on("remove", () => {
      removed += 1;
      if (removed >= open) resolve();
    });
  });
  await pool.end();
  await gone;
}

/**
 * The configured database. The embedded one is locked to this process first (see
 * data-dir-lock.ts), unless the caller already holds the lock (the server takes it before it
 * listens), and given back when it is closed, or when opening it fails.
 */
export async function openDb(
  config: { databaseUrl?: string | undefined; dataDir: string },
  held?: DataDirLock,
): Promise<Db> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const lock = held ?? acquireDataDirLock(config.dataDir);
  try {
    const pgdata = path.join(config.dataDir, "pgdata");
    await createEmbeddedAside(pgdata);
    const db = await openPglite(pgdata);
    return {
      ...db,
      close: async () => {
        try {
          await db.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
