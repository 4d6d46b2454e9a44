import { seed } from "../seed.ts";
import { listMigrations, migrate } from "../platform/db/migrate.ts";
import { openDb } from "../platform/db/client.ts";
import { parseOptions } from "./args.ts";
import { type Subcommand, UsageError } from "./context.ts";
import { cli } from "./messages.ts";

/** alliage db migrate | seed [--demo] | backup FILE | restore FILE [--yes] */
export const dbCommand: Subcommand = async (ctx) => {
  const lang = ctx.config.cliLang;
  const [action, ...rest] = ctx.args;
  const { values } = parseOptions(lang, rest, {
    demo: { type: "boolean" },
    yes: { type: "boolean" },
  });
  if (action === "migrate") {
    const db = await openDb(ctx.config);
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
      ctx.out(cli(lang, "seeded"));
      return 0;
    } finally {
      await db.close();
    }
  }
  throw new UsageError(cli(lang, "usage"));
};
