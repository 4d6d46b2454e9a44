import { z } from "zod";
import { fail } from "../../platform/errors/app-error.ts";
import { formFile, formText } from "../../platform/web/form-action.ts";
import { isOutcome } from "../requests/status.ts";

// The forms of the request's page. Their refusals keep the wording officers know (the date's
// format, the status to choose): those checks follow the schemas, in the routes' helpers below.

/** Text trimmed and cut to its column's length; empty reads as absent. */
const note = (max: number) => formText().transform((v) => v.trim().slice(0, max) || undefined);

export const statusForm = z.object({
  to: formText(),
  outcome: formText().transform((v) => (isOutcome(v) ? v : undefined)),
  onDate: formText(),
  note: note(500),
});

export const publicTitleForm = z.object({
  publicTitleFr: formText(),
  publicTitleEn: formText(),
});

export const assignForm = z.object({ officerId: formText() });

export const searchForm = z.object({
  unit: formText().transform((v) => v.trim()),
  result: formText().transform((v) => v.trim()),
  searchedOn: formText(),
});

export const documentForm = z.object({ title: formText(), document: formFile() });

export const publishForm = z.object({ summary: formText() });

export const thirdPartyForm = z.object({ thirdParty: formText(), sentOn: formText() });

export const letterForm = z.object({ kind: formText(), format: formText(), confirm: formText() });

/** A date typed by the officer, YYYY-MM-DD; the refusal names the form's date field. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw fail(
      "validation_failed",
      {},
      { onDate: { fr: "Date invalide (AAAA-MM-JJ).", en: "Invalid date (YYYY-MM-DD)." } },
    );
  }
  return value;
}
