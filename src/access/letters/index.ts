import type { Queryable } from "../../platform/db/client.ts";
import { renderLetterDocx } from "./docx.ts";
import { renderLetterPdf } from "./pdf.ts";
import { letterTemplate } from "./repository.ts";
import type { LetterData } from "./types.ts";

export { renderLetterDocx } from "./docx.ts";
export { renderLetterPdf } from "./pdf.ts";
export { letterTemplate } from "./repository.ts";
export { validateTemplate } from "./template.ts";
export * from "./types.ts";

export type LetterFormat = "pdf" | "docx";

/** A letter with the template in force: the administrator's version if any, else the default. */
export async function renderLetter(
  db: Queryable,
  data: LetterData,
  format: LetterFormat,
): Promise<Uint8Array> {
  const { body } = await letterTemplate(db, data);
  return format === "pdf" ? renderLetterPdf(data, body) : renderLetterDocx(data, body);
}
