import type { Context } from "hono";
import { type Performer, performerOf } from "../../platform/audit/commands.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formAction } from "../../platform/web/form-action.ts";

/** Who performs a form's command: the signed-in actor, with the request id for the audit log. */
export const performer = (c: Context<AppEnv>): Performer =>
  performerOf(c.var.actor, c.var.requestId);

/** An error the form shows next to what was typed; access errors keep their own page. */
export function recoverable(e: unknown): e is AppError {
  return e instanceof AppError && e.status !== 401 && e.status !== 403 && e.status !== 404;
}

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
  let refusal: AppError | undefined;
  return formAction(c, {
    run: async () => {
      try {
        await action.run();
      } catch (error) {
        if (error instanceof AppError) refusal = error;
        throw error;
      }
    },
    done: action.done,
    redraw: () => {
      if (!refusal || !recoverable(refusal)) throw refusal;
      return action.redraw(refusal);
    },
  });
}
