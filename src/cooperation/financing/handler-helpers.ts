import type { Context } from "hono";
import { type Performer, performerOf } from "../../platform/audit/commands.ts";
import type { AppError } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formAction } from "../../platform/web/form-action.ts";

/** Who performs a form's command: the signed-in actor, with the request id for the audit log. */
export const performer = (c: Context<AppEnv>): Performer =>
  performerOf(c.var.actor, c.var.requestId);

/**
 * formAction for the financing forms: a refusal of access (401, 403, 404) keeps its own page,
 * and the form is redrawn with the refusal itself, whose reason alone it shows.
 */
export function financingAction(
  c: Context<AppEnv>,
  action: {
    run: () => Promise<unknown>;
    done: string;
    redraw: (refusal: AppError) => Response | Promise<Response>;
  },
): Promise<Response> {
  return formAction(c, {
    run: action.run,
    done: action.done,
    redraw: (_message, _status, refusal) => action.redraw(refusal),
    keepPage: [401, 403, 404],
  });
}
