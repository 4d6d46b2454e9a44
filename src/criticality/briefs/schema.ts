import { z } from "zod";
import { formText } from "../../platform/web/form-action.ts";

/**
 * The review page's forms: the approval's confirmation box and the reason for sending back.
 * An unticked box is the workflow's refusal (its own message), not a malformed form.
 */
export const reviewForm = z.object({ confirm: formText(), reason: formText() });
export type ReviewForm = z.output<typeof reviewForm>;
