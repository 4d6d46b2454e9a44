import type { Config } from "../platform/config/env.ts";
import { type Db, openDb } from "../platform/db/client.ts";
import { migrate } from "../platform/db/migrate.ts";

/** What a subcommand gets: its arguments, the configuration, output streams and the database. */
export type CliContext = {
  args: string[];
  config: Config;
  out: (line: string) => void;
  err: (line: string) => void;
  /**
   * Opens the configured database, migrated unless told otherwise; the caller closes it. Run
   * for the CLI by a server on the embedded database, it is that server's (closing it is a no-op).
   */
  database: (options?: { migrated?: boolean }) => Promise<Db>;
  /** A file named on the command line, from the directory the command was typed in. */
  resolvePath: (file: string) => string;
  /** Asks the user to confirm on a terminal; false when there is none. */
  confirm: (question: string) => Promise<boolean>;
};

export async function openDatabase(
  config: Config,
  { migrated = true }: { migrated?: boolean } = {},
): Promise<Db> {
  const db = await openDb(config);
  if (!migrated) return db;
  try {
    await migrate(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

export type Subcommand = (ctx: CliContext) => Promise<number>;

/** Wrong arguments: the message says what was expected; exit code 2. */
export class UsageError extends Error {}
