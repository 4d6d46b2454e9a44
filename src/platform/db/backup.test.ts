import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../app/seed.ts";
import { countRows, fill, snapshot, tmpDir } from "../testing/backup-fixtures.ts";
import { createTestDb } from "../testing/test-db.ts";
import { readBackupHeader, restoreBackup, writeBackup } from "./backup.ts";
import { type Db, openPglite } from "./client.ts";
import { appliedMigrations, migrate } from "./migrate.ts";

let db: Db;
const FIRST_OPEN = { timeout: 60_000 };
let dir: string;
let original: Record<string, string[]>;
const file = () => path.join(dir, "sauvegarde.sql");

beforeAll(async () => {
  dir = tmpDir();
  db = await createTestDb();
  await seed(db);
  await fill(db, "a");
  original = await snapshot(db);
  await writeBackup(db, file(), { now: new Date("2025-06-01T12:00:00Z"), batchSize: 2 });
});

afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("writeBackup", () => {
  it("writes the documented header, one statement per line, parents before children", async () => {
    const text = fs.readFileSync(file(), "utf8");
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("-- Alliage backup v1");
    expect(await readBackupHeader(file())).toEqual({
      version: 1,
      createdAt: "2025-06-01T12:00:00.000Z",
      database: db.kind,
      migrations: await appliedMigrations(db),
    });
    expect(lines).toContain("BEGIN;");
    expect(lines.at(-1)).toBe("COMMIT;");
    const inserts = lines.filter((l) => l.startsWith("INSERT INTO "));
    expect(inserts).toHaveLength(countRows(original));
    for (const line of inserts) expect(line).toMatch(/json_populate_record\(NULL::"\w+", '.*'\);$/);
    const firstOf = (table: string) =>
      inserts.findIndex((l) => l.startsWith(`INSERT INTO "${table}"`));
    expect(firstOf("users")).toBeLessThan(firstOf("api_tokens"));
    expect(firstOf("users")).toBeLessThan(firstOf("sessions"));
    expect(text).not.toContain("schema_migrations");
  });

  it("creates the file for its owner only and leaves no temporary file behind", () => {
    expect(fs.statSync(file()).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${file()}.tmp`)).toBe(false);
  });

  it("writes the same file twice for the same data", async () => {
    const again = path.join(dir, "encore.sql");
    await writeBackup(db, again, { now: new Date("2025-06-01T12:00:00Z") });
    expect(fs.readFileSync(again, "utf8")).toBe(fs.readFileSync(file(), "utf8"));
  });
});

describe("restoreBackup", () => {
  // A second in-memory PGlite is initialised from scratch: seconds.
  it("brings back every row into a fresh database", FIRST_OPEN, async () => {
    const target = await createTestDb();
    try {
      await fill(target, "autre");
      const summary = await restoreBackup(target, file());
      expect(await snapshot(target)).toEqual(original);
      expect(summary.tables.find((t) => t.table === "users")?.rows).toBe(2);
    } finally {
      await target.close();
    }
  });

  it("replaces changed data in the same database", async () => {
    await fill(db, "b");
    await db.query("DELETE FROM api_tokens");
    await restoreBackup(db, file());
    expect(await snapshot(db)).toEqual(original);
  });
});

// CI runs the suite with DATABASE_URL set: then createTestDb gives PostgreSQL and this test
// carries backups both ways between it and PGlite.
describe.skipIf(!process.env.DATABASE_URL)("across engines", () => {
  let lite: Db;
  // Opened before the test: PGlite's first start in a process takes several seconds.
  beforeAll(async () => {
    lite = await openPglite();
    await migrate(lite);
  });
  afterAll(() => lite?.close());

  it("restores a PGlite backup into PostgreSQL and a PostgreSQL backup into PGlite", async () => {
    const server = await createTestDb();
    try {
      await seed(lite);
      await fill(lite, "lite");
      const fromLite = path.join(dir, "pglite.sql");
      await writeBackup(lite, fromLite);
      await restoreBackup(server, fromLite);
      const liteRows = await snapshot(lite);
      expect(await snapshot(server)).toEqual(liteRows);

      await fill(server, "serveur");
      const fromServer = path.join(dir, "postgres.sql");
      await writeBackup(server, fromServer);
      expect((await readBackupHeader(fromServer)).database).toBe("postgres");
      await restoreBackup(lite, fromServer);
      expect(await snapshot(lite)).toEqual(await snapshot(server));
      expect(countRows(await snapshot(lite))).toBeGreaterThan(countRows(liteRows));
    } finally {
      await server.close();
    }
  });
});
