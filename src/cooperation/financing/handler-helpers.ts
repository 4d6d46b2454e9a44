import type { Context } from "hono";
import { type Performer, performerOf } from "../../platform/audit/command.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";

/** Who performs a form's command: the signed-in actor, with the request id for the audit log. */
export const performer = (c: Context<AppEnv>): Performer =>
  performerOf(c.var.actor, c.var.requestId);

/** An error the form shows next to what was typed; access errors keep their own page. */
export function recoverable(e: unknown): e is AppError {
  return e instanceof AppError && e.status !== 401 && e.status !== 403 && e.status !== 404;
}
