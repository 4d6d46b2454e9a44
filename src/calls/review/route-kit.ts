import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { type AppError, fail } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";

export const performer = (c: Context<AppEnv>) => performerOf(c.var.actor, c.var.requestId);

export const userOf = (c: Context<AppEnv>) => {
  const actor = c.var.actor;
  if (actor.kind !== "user") throw fail("unauthenticated");
  return actor;
};

/** A refusal redraws the page: 409 when the state forbids it, 422 for what was typed. */
export const statusOf = (error: AppError) => (error.status === 409 ? 409 : 422);
