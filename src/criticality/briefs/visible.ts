/** The brief a request names, if this actor may see it: the pages' and the API's one lookup. */
import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { SUBJECT } from "./access-rules.ts";
import { type Brief, findBrief } from "./queries.ts";

/** A brief this actor may see: published ones for anyone, the others for reviewers; else 404. */
export async function visibleBrief(c: Context<AppEnv>, id: string): Promise<Brief> {
  const b = await findBrief(c.var.deps.db, id);
  if (!b) throw fail("not_found");
  if (b.status !== "published") c.var.deps.policy.authorize(c.var.actor, "review", SUBJECT);
  return b;
}

/** The brief of the page's `:id`. */
export const visible = (c: Context<AppEnv>): Promise<Brief> =>
  visibleBrief(c, c.req.param("id") ?? "");
