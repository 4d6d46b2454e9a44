import pg from "pg";

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

/**
 * A new, empty database on the PostgreSQL server that url names, for tests that must hand a
 * URL to code that opens its own connections (the command-line tool). drop() removes it.
 */
export async function createScratchDatabase(
  url: string,
  template?: string,
): Promise<ScratchDatabase> {
  const name = `alliage_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  if (template !== undefined && !/^\w+$/.test(template))
    throw new Error(`bad template name ${template}`);
  await asAdmin(url, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: () => asAdmin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function asAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
