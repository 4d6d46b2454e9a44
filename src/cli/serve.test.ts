import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spaced } from "../app/testing/api-errors.ts";
import { openDb } from "../platform/db/client.ts";
import { LOCK_FILE } from "../platform/db/data-dir-lock.ts";
import { createScratchDatabase } from "../platform/db/scratch-database.ts";
import { freePort } from "../platform/testing/free-port.ts";
import { type CliProcess, runCli, serving, startCli } from "./cli-process.ts";

const url = process.env.DATABASE_URL;
const started: CliProcess[] = [];
afterAll(() => {
  for (const run of started) run.child.kill("SIGKILL");
});

async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const run = startCli(["serve"], { PORT: String(port), HOST: "127.0.0.1", ...env });
  started.push(run);
  return { run, port };
}

const fileRequest = (port: number, subject: string) =>
  fetch(`http://127.0.0.1:${port}/api/v1/access/requests`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      jurisdiction: "qc",
      subject,
      documentsSought: "Comptes rendus du comité mixte",
      name: "Marc Privé",
      email: "marc.prive@example.org",
    }),
  });

describe.skipIf(url)("two processes on one embedded data directory", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-serve-"));
  const env = { ALLIAGE_DATA_DIR: dir, LOG_LEVEL: "warn" };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let holder: { run: CliProcess; port: number };
  const references: string[] = [];

  it("lets one of two servers started together have it; the other stops at once, naming it", async () => {
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    const [sa, sb] = await Promise.all([serving(a.run, a.port), serving(b.run, b.port)]);
    const outcomes = [sa, sb].map((s) => ("serving" in s ? "serving" : s.ended));
    expect(outcomes.sort()).toEqual([1, "serving"]);
    holder = "serving" in sa ? a : b;
    const refused = holder === a ? b : a;
    expect(spaced(refused.run.err())).toContain(`(PID ${holder.run.pid}, depuis le`);
    expect(refused.run.err()).toContain("DATABASE_URL");
    expect(refused.run.err()).toContain("[data_dir_locked]");
    const lock = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8"));
    expect(lock.pid).toBe(holder.run.pid);

    // The first keeps serving and writing.
    for (const subject of ["Premier dossier", "Second dossier"]) {
      const res = await fileRequest(holder.port, subject);
      expect(res.status).toBe(201);
      references.push(((await res.json()) as { reference: string }).reference);
    }
    expect(new Set(references).size).toBe(2);
  }, 180_000);

  it("runs the data commands of other processes through the running server", async () => {
    const created = await runCli(
      ["users", "create", "--email", "agente@mrnf.example", "--role", "admin"],
      env,
    );
    expect(created.err).toBe("");
    expect(created.code).toBe(0);
    expect(spaced(created.out)).toContain("Compte créé : agente@mrnf.example (admin).");
    const listed = await runCli(["users", "list"], { ...env, LANG: "en_CA.UTF-8" });
    expect(listed.code).toBe(0);
    expect(listed.out).toContain("agente@mrnf.example\tadmin");

    // A file named relative to the caller's directory lands there, not in the server's.
    const backup = await runCli(["db", "backup", "sauvegarde.sql"], env, dir);
    expect(backup.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "sauvegarde.sql"), "utf8")).toMatch(
      /^-- Alliage backup v1/,
    );
  }, 120_000);

  it("refuses, naming the server, a command that needs the database to itself", async () => {
    const restore = await runCli(["db", "restore", "sauvegarde.sql", "--yes"], env, dir);
    expect(restore.code).toBe(1);
    expect(spaced(restore.err)).toContain(`(PID ${holder.run.pid}, depuis le`);
    const health = await fetch(`http://127.0.0.1:${holder.port}/healthz`);
    expect(health.status).toBe(200);
  }, 120_000);

  it("after the holder is killed, the next start reclaims the directory and finds every committed row", async () => {
    holder.run.child.kill("SIGKILL");
    expect(await holder.run.exited).toBe("SIGKILL");
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);

    const next = await startServer(env);
    expect(await serving(next.run, next.port)).toEqual({ serving: true });
    const res = await fileRequest(next.port, "Troisième dossier");
    expect(res.status).toBe(201);
    references.push(((await res.json()) as { reference: string }).reference);
    next.run.child.kill("SIGTERM");
    expect(await next.run.exited).toBe(0);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    const db = await openDb({ dataDir: dir });
    try {
      const rows = await db.query<{ reference: string }>(
        "SELECT reference FROM access_requests ORDER BY reference",
      );
      expect(rows.map((r) => r.reference)).toEqual([...references].sort());
      const users = await db.query("SELECT 1 FROM users WHERE email = 'agente@mrnf.example'");
      expect(users).toHaveLength(1);
      const [ids] = await db.query<{ rows: number; ids: number }>(
        "SELECT count(*) AS rows, count(DISTINCT id) AS ids FROM materials",
      );
      expect(ids?.rows).toBe(ids?.ids);
    } finally {
      await db.close();
    }
  }, 180_000);
});

describe.skipIf(!url)("two server processes on one PostgreSQL database", () => {
  it("give 50 concurrent requests 50 distinct, consecutive references", async () => {
    const scratch = await createScratchDatabase(url as string);
    try {
      const env = { DATABASE_URL: scratch.url, LOG_LEVEL: "warn", ALLIAGE_DATA_DIR: os.tmpdir() };
      const servers = await Promise.all([startServer(env), startServer(env)]);
      for (const s of servers) expect(await serving(s.run, s.port)).toEqual({ serving: true });
      const answers = await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const res = await fileRequest(servers[i % 2]?.port as number, `Demande ${i + 1}`);
          expect(res.status).toBe(201);
          return ((await res.json()) as { reference: string }).reference;
        }),
      );
      const period = answers[0]?.split("-")[0];
      const numbers = answers.map((r) => Number(r.split("-")[1])).sort((x, y) => x - y);
      expect(answers.every((r) => r.startsWith(`${period}-`))).toBe(true);
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      for (const s of servers) {
        s.run.child.kill("SIGTERM");
        expect(await s.run.exited).toBe(0);
      }
    } finally {
      await scratch.drop();
    }
  }, 180_000);
});
