import { z } from "zod";
import { formText } from "../../platform/web/form-action.ts";

export const OUTCOMES = ["funded", "waiting_list", "rejected"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The decision form: amounts as typed (« 40 000 », "40,000.50"), checked by the command. */
export const decisionForm = z.object({
  outcome: z.enum(OUTCOMES),
  reason: formText().pipe(z.string().max(3000)),
  amount_qc: formText(),
  amount_fr: formText(),
});
export type DecisionForm = z.output<typeof decisionForm>;

/** The co-chairs form: one official per party, by account id ("" leaves the seat empty). */
export const cochairsForm = z.object({
  cochair_qc: formText(),
  cochair_fr: formText(),
});
