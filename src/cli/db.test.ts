import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED } from "../criticality/datasets/seed.ts";
import { listMigrations } from "../platform/db/migrate.ts";
import { snapshot } from "../platform/testing/backup-fixtures.ts";
import { FIRST_OPEN, useCliSandbox } from "./cli-sandbox.ts";
import { cli } from "./messages.ts";

const sandbox = useCliSandbox();
const alliage = (...argv: string[]) => sandbox.run(argv);

async function rows() {
  const db = await sandbox.open();
  try {
    return await snapshot(db);
  } finally {
    await db.close();
  }
}

const emails = async () => (await alliage("users", "list")).out;

describe("alliage db", () => {
  // The first start of PGlite on a new data directory compiles and initialises it: seconds.
  it("migrates, then says the database is up to date", FIRST_OPEN, async () => {
    const first = await alliage("db", "migrate");
    expect(first.code).toBe(0);
    const ids = listMigrations().map((m) => m.id);
    expect(first.out).toBe(cli("fr", "migrated", { list: ids.join(", ") }));
    const second = await alliage("db", "migrate");
    expect(second.code).toBe(0);
    expect(second.out).toBe(cli("fr", "upToDate", { count: ids.length }));
  });

  it("seeds, and seeding again changes nothing", async () => {
    expect((await alliage("db", "seed")).code).toBe(0);
    const once = await rows();
    const again = await alliage("db", "seed");
    expect(again.code).toBe(0);
    expect(again.out).toBe(
      [
        cli("fr", "seeded"),
        cli("fr", "datasetsSeeded", { imported: 0, unchanged: BUNDLED.length }),
      ].join("\n"),
    );
    expect(await rows()).toEqual(once);
  });

  it("backs up, refuses to restore without confirmation, then restores with --yes", async () => {
    const file = path.join(sandbox.dir(), "sauvegarde.sql");
    expect((await alliage("users", "create", "--email", "x@b.org", "--role", "admin")).code).toBe(
      0,
    );
    const backup = await alliage("db", "backup", file);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain(cli("fr", "tableRows", { table: "users", rows: 1 }));
    expect(backup.out).toContain(`Sauvegarde écrite dans ${file}`);
    const saved = await rows();

    expect(
      (await alliage("users", "create", "--email", "y@b.org", "--role", "reviewer")).code,
    ).toBe(0);
    const changed = await rows();
    const refused = await alliage("db", "restore", file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(cli("fr", "restoreCancelled"));
    expect(await rows()).toEqual(changed);

    const restore = await alliage("db", "restore", file, "--yes");
    expect(restore.code).toBe(0);
    expect(restore.out).toContain(`Base restaurée depuis ${file}`);
    expect(await rows()).toEqual(saved);
    expect(await emails()).toBe("x@b.org\tadmin\tx");
  });

  it("refuses to restore a file that is not a backup, changing nothing", async () => {
    const file = path.join(sandbox.dir(), "notes.sql");
    fs.writeFileSync(file, "SELECT 1;\n");
    const before = await emails();
    const run = await alliage("db", "restore", file, "--yes");
    expect(run.code).toBe(1);
    expect(run.err).toContain("n’est pas une sauvegarde Alliage lisible");
    expect(run.err).toContain("[backup_invalid]");
    expect(await emails()).toBe(before);
  });
});
