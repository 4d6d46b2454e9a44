import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript, so that it runs before anything is compiled
import { build } from "../../../scripts/build.js";
import { projectPath } from "../project-root.ts";
import { openPglite } from "./client.ts";
import { createEmbeddedAside, embeddedExists } from "./create-embedded.ts";
import { listMigrations } from "./migrate.ts";

const dirs: string[] = [];
const scratch = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-create-"));
  dirs.push(dir);
  return path.join(dir, "pgdata");
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("creating the embedded database aside", () => {
  it("creates and migrates a new database in a worker thread of the compiled build that `npm start` runs", async () => {
    const pgdata = scratch();
    const built = await build();
    const script = path.join(path.dirname(pgdata), "create.mjs");
    const entry = pathToFileURL(path.join(built, "platform", "db", "create-embedded.js")).href;
    fs.writeFileSync(
      script,
      `const m = await import(${JSON.stringify(entry)});
       console.log(await m.createEmbeddedAside(${JSON.stringify(pgdata)}));`,
    );
    const out = execFileSync(process.execPath, [script], { cwd: projectPath(), encoding: "utf8" });
    expect(out.trim()).toBe("true");
    expect(embeddedExists(pgdata)).toBe(true);
    const db = await openPglite(pgdata);
    try {
      const applied = await db.query<{ id: string }>(
        "SELECT id FROM schema_migrations ORDER BY id",
      );
      expect(applied.map((m) => m.id)).toEqual(listMigrations().map((m) => m.id));
    } finally {
      await db.close();
    }
  }, 120_000);

  it("leaves an existing database alone", async () => {
    const pgdata = scratch();
    fs.mkdirSync(pgdata, { recursive: true });
    fs.writeFileSync(path.join(pgdata, "PG_VERSION"), "18\n");
    expect(await createEmbeddedAside(pgdata)).toBe(false);
    expect(fs.readdirSync(pgdata)).toEqual(["PG_VERSION"]);
  });

  it("where no worker can run, leaves no half-made directory for the caller to create", async () => {
    // Node 20 cannot load TypeScript in a worker thread (tsx's hooks do not reach it either): the
    // sources, as tests and `ALLIAGE_RUN_SOURCES=1` run them, take this way.
    const pgdata = scratch();
    expect(await createEmbeddedAside(pgdata)).toBe(false);
    expect(fs.existsSync(pgdata)).toBe(false);
  });
});
