import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { wrapPglite } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, empty PGlite data directory as a tarball, or "" on PostgreSQL. */
    pgliteTemplate: string;
  }
}

/**
 * Creating and migrating a PGlite database takes seconds; loading a copy of one made once
 * takes a fraction of that. So the suite makes one migrated template and every test file
 * starts from a copy of it.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide("pgliteTemplate", "");
    return;
  }
  const lite = await PGlite.create();
  await migrate(wrapPglite(lite));
  const dump = await lite.dumpDataDir("none");
  await lite.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "alliage-template-")), "pgdata.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
