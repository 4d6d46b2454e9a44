import { z } from "zod";
import { formFile, formText } from "../../platform/web/form-action.ts";

/** An import form: the file (uploadedBytes refuses a missing one), and "check only" ticked or not. */
export const uploadForm = z.object({ file: formFile(), dryRun: formText() });
