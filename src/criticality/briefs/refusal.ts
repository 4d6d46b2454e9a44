/** How the pages turn a refused step into a message shown on the page it came from. */
import { AppError } from "../../platform/errors/app-error.ts";
import type { Texts } from "../../platform/i18n/i18n.ts";

/** A refusal of the review form itself (an unticked confirmation), not of a command. */
export class ReviewRefusal extends Error {
  constructor(readonly texts: Texts) {
    super(texts.en);
  }
}

/** A refusal the user can act on, in both languages; anything else goes to the error page. */
export function refusal(e: unknown): Texts {
  if (e instanceof ReviewRefusal) return e.texts;
  if (e instanceof AppError && e.status < 500 && ![401, 403, 404].includes(e.status))
    return { fr: e.messageIn("fr"), en: e.messageIn("en") };
  throw e;
}

/** The status a page redraws with after a refusal: 409 for a conflict, 422 otherwise. */
export const refusalStatus = (e: unknown): 409 | 422 =>
  e instanceof AppError && e.status === 409 ? 409 : 422;
