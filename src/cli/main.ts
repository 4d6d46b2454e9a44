import path from "node:path";
import readline from "node:readline/promises";
import { askAdminSocket } from "../platform/admin-socket/admin-socket.ts";
import { ConfigError, loadConfig } from "../platform/config/env.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors/app-error.ts";
import { type CliContext, openDatabase, type Subcommand, UsageError } from "./context.ts";
import { isForwarded } from "./forward.ts";
import { cli } from "./messages.ts";

// Each subcommand is loaded only when asked for: `alliage help` loads none, and a command that
// needs no database or server does not pay for loading them.
const COMMANDS: Record<string, () => Promise<Subcommand>> = {
  serve: async () => {
    const { serveCommand } = await import("./serve.ts");
    return (ctx) => serveCommand(ctx, main);
  },
  criticality: async () => (await import("./criticality.ts")).criticalityCommand,
  access: async () => (await import("./access.ts")).accessCommand,
  db: async () => (await import("./db.ts")).dbCommand,
  users: async () => (await import("./users.ts")).usersCommand,
  data: async () => (await import("./data.ts")).dataCommand,
};

export type MainIo = {
  env?: Record<string, string | undefined>;
  out?: (line: string) => void;
  err?: (line: string) => void;
  interactive?: boolean;
  /** Where relative file names start; the process's directory by default. */
  cwd?: string;
  /** The database to use instead of opening one: a running server's, for its admin socket. */
  database?: () => Promise<Db>;
};

/** alliage COMMAND …: returns the exit code (0 success, 1 error, 2 usage). */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const out = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(io.env ?? process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      err(error.message);
      return 1;
    }
    throw error;
  }
  const lang = config.cliLang;
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    out(cli(lang, "usage"));
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    err(cli(lang, "unknownCommand", { name }));
    err(cli(lang, "usage"));
    return 2;
  }
  const interactive = io.interactive ?? Boolean(process.stdin.isTTY);
  const cwd = io.cwd ?? process.cwd();
  const ctx: CliContext = {
    args,
    config,
    out,
    err,
    database: io.database ?? ((options) => openDatabase(config, options)),
    resolvePath: (file) => path.resolve(cwd, file),
    confirm: async (question) => {
      if (!interactive) return false;
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
      try {
        const answer = await rl.question(`${question} `);
        return /^(o|oui|y|yes)$/i.test(answer.trim());
      } finally {
        rl.close();
      }
    },
  };
  try {
    // The embedded database is one process's: while a server holds it, that server runs
    // the data commands; with no server listening, this process opens the files itself.
    if (!io.database && !config.databaseUrl && isForwarded(argv)) {
      const forwarded = await askAdminSocket(config.dataDir, { argv, lang, cwd }, { out, err });
      if (forwarded !== null) return forwarded;
    }
    return await (await load())(ctx);
  } catch (error) {
    if (error instanceof AppError) {
      err(`${cli(lang, "errorPrefix")} ${error.messageIn(lang)} [${error.id}]`);
      return 1;
    }
    if (error instanceof UsageError) {
      err(error.message);
      return 2;
    }
    err(`${cli(lang, "errorPrefix")} ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
