import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { seedCriticalityData } from "../../criticality/datasets/seed.ts";
import { type Db, openPostgres, wrapPglite } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";

export type TemplateName = "migrated" | "reference";

declare module "vitest" {
  export interface ProvidedContext {
    /**
     * Databases every test file starts from a copy of: tarballs of PGlite data directories, or
     * names of template databases on the PostgreSQL server of DATABASE_URL.
     */
    testTemplates: Record<"migrated" | "reference", string>;
  }
}

/** What each template holds once migrated: nothing more, or the bundled public datasets. */
const FILL: Record<TemplateName, (db: Db) => Promise<unknown>> = {
  migrated: async () => {},
  // Only the criticality area has bundled reference data (see its area module).
  reference: (db) => seedCriticalityData(db),
};

/**
 * Creating, migrating and loading a database takes seconds; copying one made once takes a
 * fraction of that. So the suite makes its templates once and every test file copies one.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  const made = url ? await postgresTemplates(url) : await pgliteTemplates();
  project.provide("testTemplates", made.templates);
  return made.teardown;
}

async function pgliteTemplates() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-template-"));
  const templates = { migrated: "", reference: "" };
  for (const name of Object.keys(FILL) as TemplateName[]) {
    const lite = await PGlite.create();
    const db = wrapPglite(lite);
    await migrate(db);
    await FILL[name](db);
    const dump = await lite.dumpDataDir("none");
    await lite.close();
    templates[name] = path.join(dir, `${name}.tar`);
    fs.writeFileSync(templates[name], Buffer.from(await dump.arrayBuffer()));
  }
  return { templates, teardown: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function postgresTemplates(url: string) {
  const templates = { migrated: "", reference: "" };
  for (const name of Object.keys(FILL) as TemplateName[]) {
    templates[name] = `alliage_tpl_${process.pid}_${name}`;
    await admin(url, `CREATE DATABASE ${templates[name]}`);
    const target = new URL(url);
    target.pathname = `/${templates[name]}`;
    const db = await openPostgres(target.toString());
    try {
      await migrate(db);
      await FILL[name](db);
    } finally {
      await db.close();
    }
  }
  const teardown = async () => {
    for (const t of Object.values(templates))
      await admin(url, `DROP DATABASE IF EXISTS ${t} WITH (FORCE)`);
  };
  return { templates, teardown };
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
