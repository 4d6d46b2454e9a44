import type { Context } from "hono";
import type { AppEnv } from "../../http/types.ts";
import { needsSecondFactor } from "./commands.ts";
import { findTotpFactor, unusedRecoveryCodes } from "./queries.ts";
import { SecondFactorSection } from "./second-factor-pages.tsx";

/** The account page's second-factor part for the signed-in user, with codes just made if any. */
export async function accountSecondFactor(c: Context<AppEnv>, newCodes?: string[]) {
  const actor = c.var.actor;
  if (actor.kind !== "user") return undefined;
  const db = c.var.deps.db;
  const factor = await findTotpFactor(db, actor.id);
  const required = needsSecondFactor(actor.role);
  if (!factor && !required) return undefined;
  return (
    <SecondFactorSection
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      required={required}
      enrolledAt={factor?.enrolledAt}
      unusedCodes={factor ? await unusedRecoveryCodes(db, actor.id) : 0}
      newCodes={newCodes}
    />
  );
}
