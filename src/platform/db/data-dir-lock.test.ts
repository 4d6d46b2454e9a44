import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spaced } from "../../app/testing/api-errors.ts";
import { AppError } from "../errors/app-error.ts";
import { acquireDataDirLock, currentHolder, LOCK_FILE, type LockHolder } from "./data-dir-lock.ts";

let dir = "";
const lockFile = () => path.join(dir, LOCK_FILE);
const writeHolder = (holder: LockHolder) => fs.writeFileSync(lockFile(), JSON.stringify(holder));
const entries = () => fs.readdirSync(dir).sort();

/** A PID that belonged to a process of this host, now ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  if (!child.pid) throw new Error("no child process");
  return child.pid;
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("the lock was granted");
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-lock-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("acquireDataDirLock", () => {
  it("writes who holds the directory, refuses a second holder, then gives it back", () => {
    const lock = acquireDataDirLock(dir);
    const written = JSON.parse(fs.readFileSync(lockFile(), "utf8"));
    expect(written).toEqual({
      pid: process.pid,
      host: os.hostname(),
      startedAt: expect.any(String),
    });
    expect(fs.statSync(lockFile()).mode & 0o777).toBe(0o600);
    expect(currentHolder(dir)).toEqual(written);

    const error = refusal(() => acquireDataDirLock(dir));
    expect(error.id).toBe("data_dir_locked");
    expect(error.messageIn("fr")).toContain(`(PID ${process.pid}, depuis le `);
    expect(error.messageIn("fr")).toContain("DATABASE_URL");
    expect(error.messageIn("en")).toContain(`stop that process (kill ${process.pid})`);
    // The refused attempt left nothing behind, and the holder is unchanged.
    expect(entries()).toEqual([LOCK_FILE]);
    expect(JSON.parse(fs.readFileSync(lockFile(), "utf8"))).toEqual(written);

    lock.release();
    lock.release();
    expect(entries()).toEqual([]);
    expect(currentHolder(dir)).toBeNull();
    acquireDataDirLock(dir).release();
  });

  it("reclaims the lock of a process that has ended", () => {
    const pid = deadPid();
    writeHolder({ pid, host: os.hostname(), startedAt: new Date().toISOString() });
    expect(currentHolder(dir)).toBeNull();
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(fs.readFileSync(lockFile(), "utf8")).pid).toBe(process.pid);
    expect(entries()).toEqual([LOCK_FILE]);
    lock.release();
  });

  it.skipIf(!fs.existsSync("/proc/self/stat"))(
    "reclaims a lock whose PID now belongs to a process started after it was taken",
    () => {
      writeHolder({ pid: process.pid, host: os.hostname(), startedAt: "2001-01-01T00:00:00Z" });
      const lock = acquireDataDirLock(dir);
      expect(JSON.parse(fs.readFileSync(lockFile(), "utf8")).startedAt).not.toBe(
        "2001-01-01T00:00:00Z",
      );
      lock.release();
    },
  );

  it("never takes over a lock held on another host, and names that host", () => {
    const foreign = { pid: 4242, host: "autre-poste", startedAt: new Date().toISOString() };
    writeHolder(foreign);
    const error = refusal(() => acquireDataDirLock(dir));
    expect(error.id).toBe("data_dir_locked_elsewhere");
    expect(spaced(error.messageIn("fr"))).toContain("processus 4242 de la machine « autre-poste »");
    expect(error.messageIn("fr")).toContain(`supprimez ${lockFile()}`);
    expect(JSON.parse(fs.readFileSync(lockFile(), "utf8"))).toEqual(foreign);
  });

  it.each([
    ["garbage", "\u0000\u00ff garbage {"],
    ["an empty file", ""],
    ["JSON of another shape", JSON.stringify({ pid: -3, host: 7 })],
  ])("refuses a lock file of %s, with a localised message, changing nothing", (_, text) => {
    fs.writeFileSync(lockFile(), text);
    const error = refusal(() => acquireDataDirLock(dir));
    expect(error.id).toBe("data_dir_lock_unreadable");
    expect(spaced(error.messageIn("fr"))).toBe(
      `Le fichier de verrou ${lockFile()} est illisible : Alliage ne l’a pas écrit. Si aucun processus Alliage n’utilise ce dossier, supprimez ce fichier puis recommencez. Rien n’a été écrit.`,
    );
    expect(error.messageIn("en")).toContain("Alliage did not write it");
    expect(fs.readFileSync(lockFile(), "utf8")).toBe(text);
    expect(entries()).toEqual([LOCK_FILE]);
  });

  it("gives back only its own lock", () => {
    const lock = acquireDataDirLock(dir);
    const other = { pid: 4242, host: "autre-poste", startedAt: new Date().toISOString() };
    writeHolder(other);
    lock.release();
    expect(JSON.parse(fs.readFileSync(lockFile(), "utf8"))).toEqual(other);
  });
});
