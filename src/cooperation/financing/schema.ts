import { z } from "zod";
import { formText } from "../../platform/web/form-action.ts";
import { PARTIES } from "../../shared/party.ts";

export const SOURCES = ["public", "private"] as const;
/** Who funds a line: either party, or another funder (a company, a third country…). */
export const FUNDING_PARTIES = [...PARTIES, "other"] as const;
export type FundingParty = (typeof FUNDING_PARTIES)[number];
export const isFundingParty = (value: string): value is FundingParty =>
  (FUNDING_PARTIES as readonly string[]).includes(value);
/** "" for a line both parties see. */
export const CONFIDENTIALITY = ["", ...PARTIES] as const;

// The financing forms send text as typed: the commands check it (named errors from the
// catalogue), the same checks for the forms and the API.

export const commitmentForm = z.object({
  funder_id: formText(),
  source: formText(),
  party: formText(),
  amount: formText(),
  currency: formText(),
  committed_on: formText(),
  confidential_to: formText(),
  note: formText(),
});

export const disbursementForm = z.object({
  amount: formText(),
  paid_on: formText(),
  note: formText(),
});

export const rateForm = z.object({
  base: formText(),
  quote: formText(),
  on_date: formText(),
  rate: formText(),
  source: formText(),
});
