import type { AdminHandler } from "../platform/admin-socket/admin-socket.ts";
import type { Db } from "../platform/db/client.ts";
import { cli } from "./messages.ts";

/**
 * The commands a running server on the embedded database runs for the CLI: those that only
 * read or write its data. Migrating and restoring replace what the server is built on, so they
 * wait for it to stop (the data directory's lock says so).
 */
const FORWARDED = new Set([
  "users create",
  "users token",
  "users list",
  "users reset-2fa",
  "access letter",
  "data import",
  "data list",
  "db seed",
  "db backup",
]);

export const isForwarded = (argv: readonly string[]) =>
  FORWARDED.has(`${argv[0] ?? ""} ${argv[1] ?? ""}`);

export type RunCli = (
  argv: string[],
  io: {
    env: Record<string, string | undefined>;
    out: (line: string) => void;
    err: (line: string) => void;
    interactive: boolean;
    cwd: string;
    database: () => Promise<Db>;
  },
) => Promise<number>;

/**
 * What the server answers on its admin socket: the same CLI, in the caller's language and
 * directory, on the server's own database (which the command must not close).
 */
export function cliOverAdminSocket(run: RunCli, db: Db): AdminHandler {
  const shared: Db = { ...db, close: async () => {} };
  return async (request, io) => {
    if (!isForwarded(request.argv)) {
      io.err(cli(request.lang, "usage"));
      return 2;
    }
    return run(request.argv, {
      env: { ...process.env, LANG: request.lang },
      out: io.out,
      err: io.err,
      interactive: false,
      cwd: request.cwd,
      database: async () => shared,
    });
  };
}
