import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fail } from "../errors/app-error.ts";
import { formatDateTime } from "../i18n/format.ts";

/** Who holds an embedded data directory: written once, whole, when the lock is taken. */
export type LockHolder = { pid: number; host: string; startedAt: string };

export type DataDirLock = {
  readonly file: string;
  readonly holder: LockHolder;
  /** Gives the directory back; safe to call twice, and never removes another holder's lock. */
  release(): void;
};

export const LOCK_FILE = "alliage.lock";

/**
 * Takes the embedded database's data directory for this process alone. PGlite has no
 * postmaster to arbitrate: two processes on one directory each believe they own it, and the
 * second overwrites the first's pages (lost rows, a broken primary key). The lock file is
 * created complete, under a temporary name, then linked into place: link() fails if the name
 * exists, so exactly one process wins and no reader ever sees a half-written holder.
 */
export function acquireDataDirLock(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
  };
  const draft = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
  fs.writeFileSync(draft, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  try {
    if (!linkOnce(draft, file)) {
      const current = readHolder(file);
      if (current && !isStale(current)) throw locked(file, current);
      reclaim(file, current, draft);
    }
  } finally {
    fs.rmSync(draft, { force: true });
  }
  let held = true;
  return {
    file,
    holder,
    release() {
      if (!held) return;
      held = false;
      const current = readHolderOrNull(file);
      if (current && sameHolder(current, holder)) fs.rmSync(file, { force: true });
    },
  };
}

/** Who holds the directory now, when a live process does; null otherwise. */
export function currentHolder(dir: string): LockHolder | null {
  const holder = readHolderOrNull(path.join(dir, LOCK_FILE));
  return holder && !isStale(holder) ? holder : null;
}

function linkOnce(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Replaces a dead holder's lock. Two processes may find the same stale lock at once: each
 * moves it aside under a name of its own (rename is atomic, so only the first finds it there),
 * and only then links its own. The loser's link then fails on the winner's lock.
 */
function reclaim(file: string, stale: LockHolder | null, draft: string): void {
  const aside = `${draft}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const moved = readHolderOrNull(aside);
  if (moved && !(stale && sameHolder(moved, stale))) {
    // Another process reclaimed first and this one moved its fresh lock aside: put it back.
    linkOnce(aside, file);
    fs.rmSync(aside, { force: true });
    throw locked(file, moved);
  }
  fs.rmSync(aside, { force: true });
  if (!linkOnce(draft, file)) {
    const winner = readHolder(file);
    throw locked(file, winner ?? stale ?? { pid: 0, host: "?", startedAt: "" });
  }
}

const sameHolder = (a: LockHolder, b: LockHolder) =>
  a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt;

/** The holder in the lock file; a file that Alliage did not write stops everything. */
function readHolder(file: string): LockHolder | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const holder = parseHolder(text);
  if (!holder) throw fail("data_dir_lock_unreadable", { file });
  return holder;
}

function readHolderOrNull(file: string): LockHolder | null {
  try {
    return parseHolder(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (
      Number.isInteger(value.pid) &&
      (value.pid as number) > 0 &&
      typeof value.host === "string" &&
      typeof value.startedAt === "string" &&
      !Number.isNaN(Date.parse(value.startedAt))
    ) {
      return { pid: value.pid as number, host: value.host, startedAt: value.startedAt };
    }
  } catch {
    // Not JSON: falls through to null.
  }
  return null;
}

/**
 * A holder is stale when it is on this host and its process is gone, or when the PID now
 * belongs to a process that started after the lock was taken (the PID was reused). A holder
 * on another host (a shared network directory) cannot be checked, so it is never stale.
 */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
  const started = processStartTime(holder.pid);
  return started !== null && started > Date.parse(holder.startedAt) + 1000;
}

/** When a process started, in ms since the epoch, from Linux's /proc; null elsewhere. */
function processStartTime(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces: count the fields after its closing bracket.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    const boot = /^btime (\d+)$/m.exec(fs.readFileSync("/proc/stat", "utf8"));
    if (!boot || !Number.isFinite(ticks)) return null;
    const CLOCK_TICKS_PER_SECOND = 100;
    return Number(boot[1]) * 1000 + (ticks / CLOCK_TICKS_PER_SECOND) * 1000;
  } catch {
    return null;
  }
}

function locked(file: string, holder: LockHolder) {
  const dir = path.dirname(file);
  if (holder.host !== os.hostname())
    return fail("data_dir_locked_elsewhere", { dir, file, pid: holder.pid, host: holder.host });
  const since = new Date(holder.startedAt);
  return fail("data_dir_locked", {
    dir,
    pid: holder.pid,
    since: Number.isNaN(since.getTime())
      ? holder.startedAt
      : { fr: formatDateTime("fr", since), en: formatDateTime("en", since) },
  });
}
