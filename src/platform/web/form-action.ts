import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { AppError, fail } from "../errors/app-error.ts";
import { fieldErrorsFrom } from "../errors/zod-issues.ts";
import type { AppEnv } from "../http/types.ts";
import { type Lang, localise } from "../i18n/i18n.ts";

/**
 * A text field of a submitted form: absent, or a file where text was expected, reads as "".
 * Forms send every field as text; the feature's schema says what the text must be.
 */
export const formText = () => z.preprocess((v) => (typeof v === "string" ? v : ""), z.string());

/** A file field: the uploaded file, or null when none was chosen. */
export const formFile = () =>
  z.preprocess((v) => (v instanceof File && v.size > 0 ? v : null), z.instanceof(File).nullable());

/**
 * The submitted form, checked by the feature's zod schema. Refused input throws
 * validation_failed with one message per field, in both languages.
 */
export async function parseForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
): Promise<z.output<S>> {
  return checkForm(schema, await c.req.parseBody());
}

/** The same check on a body already read (a route that reads it once for several uses). */
export function checkForm<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw fail("validation_failed", {}, fieldErrorsFrom(result.error.issues));
  return result.data;
}

/** A refusal in the reader's language: its reason, then each field's. */
export function refusalText(error: AppError, lang: Lang): string {
  return [error.messageIn(lang), ...Object.values(error.fields).map((f) => localise(f, lang))].join(
    " ",
  );
}

/** Whether an error is the user's to fix (a refused input or state), not a fault of ours. */
export const isRefusal = (error: unknown): error is AppError =>
  error instanceof AppError && error.status < 500;

/**
 * Runs a form's action. Success redirects (303, so a reload does not post again) to `done`;
 * a refusal redraws the page with its reason at the refusal's status, except the statuses in
 * `keepPage` (say 404 for a partner that is not there), which keep their own error page;
 * anything else propagates to the error page.
 */
export async function formAction(
  c: Context<AppEnv>,
  action: {
    run: () => Promise<unknown>;
    done: string;
    redraw: (
      message: string,
      status: ContentfulStatusCode,
      refusal: AppError,
    ) => Response | Promise<Response>;
    keepPage?: readonly number[];
  },
): Promise<Response> {
  try {
    await action.run();
  } catch (error) {
    if (!isRefusal(error) || action.keepPage?.includes(error.status)) throw error;
    return action.redraw(
      refusalText(error, c.var.lang),
      error.status as ContentfulStatusCode,
      error,
    );
  }
  return c.redirect(action.done, 303);
}
