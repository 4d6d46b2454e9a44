import { z } from "zod";
import { formText } from "../../platform/web/form-action.ts";

/** The template editor's form: the body is checked by validateTemplate, with its own issues. */
export const templateForm = z.object({ body: formText() });
