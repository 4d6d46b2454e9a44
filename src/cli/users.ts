import { CLI_PERFORMER } from "../platform/audit/commands.ts";
import { createApiToken, createUser, findUserIdByEmail } from "../platform/auth/commands.ts";
import { listAccounts } from "../platform/auth/oidc/queries.ts";
import { resetSecondFactor } from "../platform/auth/totp/commands.ts";
import { parseOptions, required } from "./args.ts";
import { type Subcommand, UsageError } from "./context.ts";
import { cli } from "./messages.ts";

/** alliage users create | token | list | reset-2fa */
export const usersCommand: Subcommand = async (ctx) => {
  const lang = ctx.config.cliLang;
  const [action, ...rest] = ctx.args;
  const { values } = parseOptions(lang, rest, {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    days: { type: "string" },
  });
  const db = await ctx.database();
  try {
    if (action === "create") {
      const created = await createUser(db, CLI_PERFORMER, {
        email: required(lang, values.email, "--email"),
        role: required(lang, values.role, "--role"),
        name: typeof values.name === "string" ? values.name : undefined,
      });
      ctx.out(cli(lang, "userCreated", created));
      return 0;
    }
    if (action === "token") {
      const email = required(lang, values.email, "--email");
      const days = values.days === undefined ? undefined : Number(values.days);
      if (days !== undefined && (!Number.isInteger(days) || days < 1)) {
        throw new UsageError(cli(lang, "badOption", { detail: `--days ${values.days}` }));
      }
      const userId = await findUserIdByEmail(db, email);
      const { token } = await createApiToken(db, CLI_PERFORMER, {
        userId,
        name: typeof values.name === "string" ? values.name : "cli",
        days,
        now: new Date(),
      });
      ctx.err(cli(lang, "tokenCreated", { email }));
      ctx.out(token);
      return 0;
    }
    if (action === "reset-2fa") {
      const email = required(lang, values.email, "--email");
      const reset = await resetSecondFactor(db, CLI_PERFORMER, await findUserIdByEmail(db, email));
      ctx.out(cli(lang, reset ? "secondFactorReset" : "noSecondFactor", { email }));
      return 0;
    }
    if (action === "list") {
      // The same list as the administrators' accounts page.
      const rows = await listAccounts(db);
      if (rows.length === 0) ctx.out(cli(lang, "noUsers"));
      for (const r of rows)
        ctx.out(`${r.email}\t${r.role}\t${r.name}${r.disabled_at ? "\t(désactivé/disabled)" : ""}`);
      return 0;
    }
    throw new UsageError(cli(lang, "usage"));
  } finally {
    await db.close();
  }
};
