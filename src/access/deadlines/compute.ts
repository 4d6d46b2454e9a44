import { fail } from "../../platform/errors/app-error.ts";
import { JURISDICTIONS, type Jurisdiction } from "../../shared/jurisdiction.ts";
import { addDays, addMonths, dayNumber } from "./calendar.ts";
import { dayOff } from "./holidays.ts";
import { type DeadlineRules, deadlineRules } from "./rules.ts";
import type { CountFrom, DeadlineKey, DeadlineStep } from "./steps.ts";

export type DeadlineInput = {
  /** Date the request was received, YYYY-MM-DD. */
  received: string;
  /** "qc" (default) or "fr". */
  jurisdiction?: string;
  /** The one extension of art. 47 was taken (Québec). Implied by extensionNoticeSent. */
  extended?: boolean;
  /** Date the extension notice was sent; must be on or before the response deadline. */
  extensionNoticeSent?: string;
  /** Date of the decision (Québec) or of the notified refusal (France). */
  decided?: string;
  /** Overrides the rule set's choice of treating Saturdays as holidays. */
  saturdayIsHoliday?: boolean;
};

export type Deadlines = {
  jurisdiction: Jurisdiction;
  received: string;
  /** Québec: last day to respond (art. 47). France: the day the silence becomes a refusal. */
  due: string;
  /** Québec with the extension: last day to respond; otherwise null. */
  extendedDue: string | null;
  /** Québec: last day to ask the CAI for review; otherwise null. */
  reviewUntil: string | null;
  /** What the review period runs from: the decision, or the expiry of the deadline unanswered. */
  reviewFrom: "decision" | "no_answer" | null;
  /** France: last day to refer the refusal to the CADA; otherwise null. */
  cadaReferralUntil: string | null;
  /** A decision dated after the deadline that applied. */
  decidedLate: boolean | null;
  steps: DeadlineStep[];
};

function checkedDate(field: string, value: string): string {
  if (dayNumber(value) === undefined) {
    throw fail(
      "invalid_date",
      { field, value },
      {
        [field]: { fr: "Date invalide (AAAA-MM-JJ).", en: "Invalid date (YYYY-MM-DD)." },
      },
    );
  }
  return value;
}

function notBeforeReceipt(field: string, value: string, received: string): void {
  if (value < received) {
    throw fail(
      "date_order",
      { field, value, received },
      {
        [field]: {
          fr: "Date antérieure à la réception de la demande.",
          en: "Date earlier than the receipt of the request.",
        },
      },
    );
  }
}

function jurisdictionOf(value: string | undefined): Jurisdiction {
  const j = value ?? "qc";
  if (!(JURISDICTIONS as readonly string[]).includes(j)) {
    throw fail("unknown_jurisdiction", { value: j, values: JURISDICTIONS.join(", ") });
  }
  return j as Jurisdiction;
}

/**
 * The deadlines of one request, each with the steps that lead to it: the statutory period, then
 * one step per day passed over because a deadline cannot end on it.
 */
export function computeDeadlines(
  input: DeadlineInput,
  rules: DeadlineRules = deadlineRules(),
): Deadlines {
  const jurisdiction = jurisdictionOf(input.jurisdiction);
  const received = checkedDate("received", input.received);
  const decided = input.decided === undefined ? undefined : checkedDate("decided", input.decided);
  const notice =
    input.extensionNoticeSent === undefined
      ? undefined
      : checkedDate("extensionNoticeSent", input.extensionNoticeSent);
  if (decided) notBeforeReceipt("decided", decided, received);
  if (notice) notBeforeReceipt("extensionNoticeSent", notice, received);

  const steps: DeadlineStep[] = [];
  const saturday = { saturdayIsHoliday: input.saturdayIsHoliday };
  const basisOfPostponement = rules[jurisdiction].postponement.basis;

  /** Moves a deadline past Sundays and holidays (and Saturdays when they count), step by step. */
  const postponed = (deadline: DeadlineKey, date: string): string => {
    let current = date;
    for (let off = dayOff(jurisdiction, current, saturday, rules); off; ) {
      const next = addDays(current, 1);
      steps.push({
        kind: "postpone",
        deadline,
        from: current,
        reason: off.id,
        holiday: off.name,
        date: next,
        basis: basisOfPostponement,
        holidayBasis: off.basis,
      });
      current = next;
      off = dayOff(jurisdiction, current, saturday, rules);
    }
    return current;
  };

  const counted = (
    deadline: DeadlineKey,
    from: string,
    reason: CountFrom,
    period: {
      days?: number;
      months?: number;
      extensionDays?: number;
      postpone: boolean;
      basis: string;
    },
  ): string => {
    const date =
      period.months !== undefined
        ? addMonths(from, period.months)
        : addDays(from, period.days ?? 0);
    steps.push({
      kind: "count",
      deadline,
      from,
      reason,
      ...(period.days !== undefined && { days: period.days }),
      ...(period.months !== undefined && { months: period.months }),
      ...(period.extensionDays !== undefined && { extensionDays: period.extensionDays }),
      date,
      basis: period.basis,
    });
    return period.postpone ? postponed(deadline, date) : date;
  };

  if (jurisdiction === "fr") {
    const set = rules.fr;
    if (input.extended || notice) throw fail("extension_not_available", { value: "fr" });
    const due = counted("due", received, "received", set.decision);
    const cadaReferralUntil = decided
      ? counted("cadaReferralUntil", decided, "decided", set.review)
      : counted("cadaReferralUntil", due, "implicit_refusal", set.review);
    return {
      jurisdiction,
      received,
      due,
      extendedDue: null,
      reviewUntil: null,
      reviewFrom: null,
      cadaReferralUntil,
      decidedLate: decided ? decided > due : null,
      steps,
    };
  }

  const set = rules.qc;
  const due = counted("due", received, "received", set.decision);
  if (notice && set.extension.noticeBeforeDecisionDeadline && notice > due) {
    throw fail(
      "extension_notice_late",
      { sent: notice, due },
      {
        extensionNoticeSent: {
          fr: "L’avis doit précéder l’expiration du délai de réponse.",
          en: "The notice must precede the expiry of the response deadline.",
        },
      },
    );
  }
  // The extension lengthens the statutory period itself: 20 + 10 days from receipt, then the
  // holiday rule once on the result (see data/access/PROVENANCE.md).
  const extendedDue =
    input.extended || notice
      ? counted("extendedDue", received, "received", {
          days: set.decision.days + set.extension.days,
          extensionDays: set.extension.days,
          postpone: set.decision.postpone,
          basis: set.extension.basis,
        })
      : null;
  const deadline = extendedDue ?? due;
  const reviewUntil = decided
    ? counted("reviewUntil", decided, "decided", set.review)
    : counted("reviewUntil", deadline, "deadline_expired", set.review);
  return {
    jurisdiction,
    received,
    due,
    extendedDue,
    reviewUntil,
    reviewFrom: decided ? "decision" : "no_answer",
    cadaReferralUntil: null,
    decidedLate: decided ? decided > deadline : null,
    steps,
  };
}
