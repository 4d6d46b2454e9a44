import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { findCallByCode } from "./queries.ts";

/** Whether this reader sees drafts: the officials who may edit calls. */
export const seesDrafts = (c: Context<AppEnv>) =>
  c.var.deps.policy.can(c.var.actor, "update", "Call");

/** The call of the path, if this reader may see it: a draft is a 404 for the public. */
export async function visibleCall(c: Context<AppEnv>, code = c.req.param("call") ?? "") {
  const call = await findCallByCode(c.var.deps.db, code);
  if (!call || (call.status === "draft" && !seesDrafts(c))) throw fail("not_found");
  return call;
}
