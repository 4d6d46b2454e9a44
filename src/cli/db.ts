import fs from "node:fs";
import { seed, seedReferenceData } from "../app/seed.ts";
import {
  type BackupSummary,
  readBackupHeader,
  restoreBackup,
  writeBackup,
} from "../platform/db/backup.ts";
import { listMigrations, migrate } from "../platform/db/migrate.ts";
import { parseOptions } from "./args.ts";
import { type CliContext, type Subcommand, UsageError } from "./context.ts";
import { cli } from "./messages.ts";

/** alliage db migrate | seed [--demo] | backup FILE | restore FILE [--yes] */
export const dbCommand: Subcommand = async (ctx) => {
  const lang = ctx.config.cliLang;
  const [action, ...rest] = ctx.args;
  const { values, positionals } = parseOptions(lang, rest, {
    demo: { type: "boolean" },
    yes: { type: "boolean" },
  });
  if (action === "migrate") {
    const db = await ctx.database({ migrated: false });
    try {
      const applied = await migrate(db);
      ctx.out(
        applied.length > 0
          ? cli(lang, "migrated", { list: applied.join(", ") })
          : cli(lang, "upToDate", { count: listMigrations().length }),
      );
      return 0;
    } finally {
      await db.close();
    }
  }
  if (action === "seed") {
    const db = await ctx.database();
    try {
      await seed(db, { demo: values.demo === true });
      const data = await seedReferenceData(db);
      ctx.out(cli(lang, "seeded"));
      ctx.out(
        cli(lang, "datasetsSeeded", { imported: data.imported.length, unchanged: data.unchanged }),
      );
      return 0;
    } finally {
      await db.close();
    }
  }
  if (action === "backup" || action === "restore") {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(cli(lang, "missingFile", { action }));
    const target = ctx.resolvePath(file);
    return action === "backup" ? backup(ctx, target) : restore(ctx, target, values.yes === true);
  }
  throw new UsageError(cli(lang, "usage"));
};

async function backup(ctx: CliContext, file: string): Promise<number> {
  // Not migrated first: the backup taken before an upgrade must be of the database as it was.
  const db = await ctx.database({ migrated: false });
  try {
    const summary = await writeBackup(db, file);
    printSummary(ctx, summary);
    ctx.out(cli(ctx.config.cliLang, "backupWritten", { file, ...totals(summary) }));
    return 0;
  } finally {
    await db.close();
  }
}

async function restore(ctx: CliContext, file: string, yes: boolean): Promise<number> {
  const lang = ctx.config.cliLang;
  if (!fs.existsSync(file)) {
    ctx.err(`${cli(lang, "errorPrefix")} ${cli(lang, "fileNotFound", { file })}`);
    return 1;
  }
  // Checked before asking: nobody should confirm the restore of a file that cannot be restored.
  const header = await readBackupHeader(file, lang);
  if (!yes && !(await ctx.confirm(cli(lang, "restoreConfirm", { created: header.createdAt })))) {
    ctx.err(cli(lang, "restoreCancelled"));
    return 1;
  }
  const db = await ctx.database();
  try {
    const summary = await restoreBackup(db, file, { lang });
    printSummary(ctx, summary);
    ctx.out(
      cli(lang, "restored", {
        file,
        created: header.createdAt,
        database: header.database,
        ...totals(summary),
      }),
    );
    return 0;
  } catch (error) {
    ctx.err(cli(lang, "restoreFailed"));
    throw error;
  } finally {
    await db.close();
  }
}

function printSummary(ctx: CliContext, summary: BackupSummary): void {
  for (const { table, rows } of summary.tables) {
    ctx.out(cli(ctx.config.cliLang, "tableRows", { table, rows }));
  }
}

const totals = (summary: BackupSummary) => ({
  tables: summary.tables.length,
  rows: summary.tables.reduce((sum, t) => sum + t.rows, 0),
});
