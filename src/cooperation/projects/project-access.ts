import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { canSee, visibilityOf } from "../shared/visibility.ts";
import { PROJECT_CODE_PATTERN } from "./code.ts";
import { findProjectByCode, type ProjectRow } from "./queries.ts";

/**
 * The project named by the :code parameter, if this actor may see it. A confidential project
 * answers 404 like a missing one, so that its existence is not revealed.
 */
export async function visibleProject(c: Context<AppEnv>): Promise<ProjectRow> {
  const code = c.req.param("code") ?? "";
  const p = PROJECT_CODE_PATTERN.test(code) ? await findProjectByCode(c.var.deps.db, code) : null;
  if (!p || !canSee(visibilityOf(c.var.actor), p))
    throw fail("project_unknown", { code: code.slice(0, 20) });
  return p;
}
