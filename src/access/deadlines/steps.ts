import type { Texts } from "../../platform/i18n/i18n.ts";

/** Which deadline a step belongs to. */
export type DeadlineKey = "due" | "extendedDue" | "reviewUntil" | "cadaReferralUntil";

/** What a period is counted from. */
export type CountFrom = "received" | "decided" | "deadline_expired" | "implicit_refusal";

/**
 * One step of a computation, as shown to the officer and the requester: a period counted from
 * a date, or a move past a day on which a deadline cannot end.
 */
export type DeadlineStep =
  | {
      kind: "count";
      deadline: DeadlineKey;
      /** The date the period runs from (that day itself is not counted). */
      from: string;
      reason: CountFrom;
      days?: number;
      months?: number;
      /** Of `days`, how many the extension added. */
      extensionDays?: number;
      date: string;
      basis: string;
    }
  | {
      kind: "postpone";
      deadline: DeadlineKey;
      /** The day the deadline fell on. */
      from: string;
      /** sunday, saturday or a holiday id of the rules. */
      reason: string;
      holiday: Texts;
      date: string;
      /** The rule that moves a deadline off such a day. */
      basis: string;
      /** The provision that makes that day a holiday. */
      holidayBasis: string;
    };
