import { z } from "zod";
import { formText } from "../../platform/web/form-action.ts";

/** The wording form; what each field must be is the command's to say, with its own reasons. */
export const articleTextForm = z.object({
  jurisdiction: formText(),
  article: formText(),
  textFr: formText(),
  textEn: formText(),
  source: formText(),
});
