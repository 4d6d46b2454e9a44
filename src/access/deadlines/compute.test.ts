import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import { computeDeadlines } from "./compute.ts";
import { quebecHolidays } from "./holidays.ts";

// Expectations are worked out by hand from the rules (A-2.1 art. 47 and 135; I-16 art. 52 and
// 61 (23); CRPA R311-13 and R343-1; CPC art. 641 and 642), not taken from the code's output.

const qcDue = (received: string) => computeDeadlines({ received }).due;

describe("Québec: the seed's request 202311-76", () => {
  it("is due on day 20, 2023-12-20, and open to review until 2024-01-19 after the decision of that day", () => {
    // 30 Nov + 20 days = 20 Dec (a Wednesday); 20 Dec + 30 days = 19 Jan 2024 (a Friday).
    const d = computeDeadlines({ received: "2023-11-30", decided: "2023-12-20" });
    expect(d.due).toBe("2023-12-20");
    expect(d.reviewUntil).toBe("2024-01-19");
    expect(d.reviewFrom).toBe("decision");
    expect(d.decidedLate).toBe(false);
    expect(d.extendedDue).toBeNull();
  });

  it("would have been extended to Saturday 2023-12-30, which stays: Saturdays are not holidays under I-16", () => {
    // 30 Nov + 20 + 10 days = 30 Dec 2023, a Saturday.
    expect(computeDeadlines({ received: "2023-11-30", extended: true }).extendedDue).toBe(
      "2023-12-30",
    );
    // With Saturdays counted as holidays: Saturday 30 → Sunday 31 → 1 January → 2 January.
    expect(
      computeDeadlines({ received: "2023-11-30", extended: true, saturdayIsHoliday: true })
        .extendedDue,
    ).toBe("2024-01-02");
  });
});

describe("Québec: a deadline on a Sunday or a holiday moves to the next non-holiday (I-16 art. 52)", () => {
  // received = the holiday − 20 days, so that day 20 is the holiday.
  const cases: [string, string, string, string][] = [
    ["a Sunday", "2024-01-08", "2024-01-28", "2024-01-29"],
    ["1 January (Wednesday 2025)", "2024-12-12", "2025-01-01", "2025-01-02"],
    [
      "Good Friday 2024, followed by a Saturday that is not a holiday",
      "2024-03-09",
      "2024-03-29",
      "2024-03-30",
    ],
    ["Easter Monday 2024", "2024-03-12", "2024-04-01", "2024-04-02"],
    [
      "the Monday before 25 May 2024 (Journée nationale des patriotes)",
      "2024-04-30",
      "2024-05-20",
      "2024-05-21",
    ],
    ["24 June 2024 (the issue's example)", "2024-06-04", "2024-06-24", "2024-06-25"],
    ["1 July 2024", "2024-06-11", "2024-07-01", "2024-07-02"],
    ["Labour Day, first Monday of September 2024", "2024-08-13", "2024-09-02", "2024-09-03"],
    ["Thanksgiving, second Monday of October 2024", "2024-09-24", "2024-10-14", "2024-10-15"],
    ["25 December 2024 (26 December is not a holiday)", "2024-12-05", "2024-12-25", "2024-12-26"],
  ];
  for (const [what, received, day20, due] of cases) {
    it(`${what}: ${received} + 20 days = ${day20} → ${due}`, () => {
      const d = computeDeadlines({ received });
      expect(d.steps[0]).toMatchObject({ kind: "count", days: 20, date: day20 });
      expect(d.due).toBe(due);
    });
  }

  it("chains: Sunday 30 June 2024 → Monday 1 July (holiday) → 2 July", () => {
    const d = computeDeadlines({ received: "2024-06-10" });
    expect(d.due).toBe("2024-07-02");
    expect(d.steps.filter((s) => s.deadline === "due").map((s) => [s.kind, s.date])).toEqual([
      ["count", "2024-06-30"],
      ["postpone", "2024-07-01"],
      ["postpone", "2024-07-02"],
    ]);
  });

  it("chains: Sunday 1 July 2018 → Monday 2 July, Canada Day moved by s. 61 (23) f) → 3 July", () => {
    expect(qcDue("2018-06-11")).toBe("2018-07-03");
  });

  it("chains: Easter Sunday 2024 → Easter Monday → Tuesday 2 April", () => {
    expect(qcDue("2024-03-11")).toBe("2024-04-02");
  });

  it("does not add an observed day: Christmas 2022 on a Sunday → Monday 26 December; 1 January 2023 on a Sunday → 2 January", () => {
    expect(qcDue("2022-12-05")).toBe("2022-12-26");
    expect(qcDue("2022-12-12")).toBe("2023-01-02");
  });

  it("with Saturdays as holidays, Good Friday 2024 runs through the whole Easter weekend to 2 April", () => {
    expect(computeDeadlines({ received: "2024-03-09", saturdayIsHoliday: true }).due).toBe(
      "2024-04-02",
    );
  });
});

describe("Québec: extension and review", () => {
  it("accepts the extension notice up to the last day of the (postponed) response deadline, not after", () => {
    // Due 25 June 2024 (24 June is a holiday): a notice of 25 June is in time.
    const d = computeDeadlines({ received: "2024-06-04", extensionNoticeSent: "2024-06-25" });
    // 4 June + 30 days = 4 July 2024, a Thursday.
    expect(d.extendedDue).toBe("2024-07-04");
    const late = () =>
      computeDeadlines({ received: "2024-06-04", extensionNoticeSent: "2024-06-26" });
    expect(late).toThrow(AppError);
    expect(late).toThrow(expect.objectContaining({ id: "extension_notice_late" }));
  });

  it("counts the review from the deadline's expiry when there is no decision (art. 135), and applies the holiday rule", () => {
    // Due 2023-12-20; 20 Dec + 30 = 19 Jan 2024.
    const open = computeDeadlines({ received: "2023-11-30" });
    expect(open.reviewUntil).toBe("2024-01-19");
    expect(open.reviewFrom).toBe("no_answer");
    // Decision of 25 May 2024 + 30 days = 24 June 2024 (holiday) → 25 June.
    expect(computeDeadlines({ received: "2024-05-10", decided: "2024-05-25" }).reviewUntil).toBe(
      "2024-06-25",
    );
  });

  it("flags a decision after the deadline that applied", () => {
    expect(computeDeadlines({ received: "2023-11-30", decided: "2023-12-21" }).decidedLate).toBe(
      true,
    );
    expect(
      computeDeadlines({ received: "2023-11-30", decided: "2023-12-21", extended: true })
        .decidedLate,
    ).toBe(false);
  });
});

describe("France: one month to a refusal, two months to refer it to the CADA", () => {
  const fr = (received: string, decided?: string) =>
    computeDeadlines({ received, jurisdiction: "fr", ...(decided && { decided }) });

  it("counts months from date to same date; on a plain weekday nothing moves", () => {
    // 11 Jan 2024 → refusal 11 Feb 2024 (a Sunday: the refusal itself is not moved) → CADA
    // referral until 11 April 2024 (a Thursday).
    const d = fr("2024-01-11");
    expect(d.due).toBe("2024-02-11");
    expect(d.cadaReferralUntil).toBe("2024-04-11");
    expect(d.reviewUntil).toBeNull();
    expect(d.extendedDue).toBeNull();
  });

  it("ends on the last day of a shorter month: 31 January → 29 February 2024, 28 February 2023", () => {
    expect(fr("2024-01-31").due).toBe("2024-02-29");
    expect(fr("2023-01-31").due).toBe("2023-02-28");
    // From 29 February 2024, two months: 29 April 2024 (a Monday).
    expect(fr("2024-01-31").cadaReferralUntil).toBe("2024-04-29");
    // 31 December → 31 January; referral 31 March 2025 (a Monday).
    expect(fr("2024-12-31").cadaReferralUntil).toBe("2025-03-31");
  });

  it("moves a referral deadline off a Saturday and Sunday (CPC art. 642): 15 June 2024 → 17 June", () => {
    expect(fr("2024-03-15").cadaReferralUntil).toBe("2024-06-17");
  });

  it("moves it off French public holidays in a chain: 8 May 2024 → Ascension 9 May → 10 May", () => {
    // Received 8 Feb → refusal 8 March → referral ends 8 May 2024.
    expect(fr("2024-02-08").cadaReferralUntil).toBe("2024-05-10");
  });

  it("does not move the implicit refusal itself: Sunday 14 July 2024 stays", () => {
    const d = fr("2024-06-14");
    expect(d.due).toBe("2024-07-14");
    // 14 September 2024 is a Saturday → Monday 16.
    expect(d.cadaReferralUntil).toBe("2024-09-16");
  });

  it("counts the referral from a notified refusal when there is one", () => {
    // Refusal notified 30 October 2023 → 30 December 2023 (Saturday) → 1 January (holiday)
    // → Tuesday 2 January 2024.
    expect(fr("2023-10-23", "2023-10-30").cadaReferralUntil).toBe("2024-01-02");
  });

  it("has no extension", () => {
    expect(() =>
      computeDeadlines({ received: "2024-01-11", jurisdiction: "fr", extended: true }),
    ).toThrow(expect.objectContaining({ id: "extension_not_available" }));
  });
});

describe("input checks", () => {
  const idOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof AppError ? error.id : String(error);
    }
    return "no error";
  };

  it("rejects dates that are malformed or do not exist", () => {
    expect(idOf(() => computeDeadlines({ received: "2023-02-29" }))).toBe("invalid_date");
    expect(idOf(() => computeDeadlines({ received: "30/11/2023" }))).toBe("invalid_date");
    expect(idOf(() => computeDeadlines({ received: "2023-11-30", decided: "2023-13-01" }))).toBe(
      "invalid_date",
    );
  });

  it("rejects a decision or a notice before receipt", () => {
    expect(idOf(() => computeDeadlines({ received: "2023-11-30", decided: "2023-11-29" }))).toBe(
      "date_order",
    );
    expect(
      idOf(() => computeDeadlines({ received: "2023-11-30", extensionNoticeSent: "2023-11-01" })),
    ).toBe("date_order");
  });

  it("rejects an unknown jurisdiction, naming the known ones", () => {
    try {
      computeDeadlines({ received: "2023-11-30", jurisdiction: "on" });
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).id).toBe("unknown_jurisdiction");
      expect((error as AppError).messageIn("fr")).toContain("qc, fr");
    }
  });
});

describe("property: a Québec deadline", () => {
  // An independent check of a day off: Sunday by the JavaScript calendar, or a listed holiday.
  const isDayOff = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).getUTCDay() === 0 ||
    quebecHolidays(Number(iso.slice(0, 4))).some((h) => h.date === iso);
  const plusDays = (iso: string, n: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  it("never ends on a Sunday or a holiday, is never before day 20, and passes over only days off", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1990-01-01T00:00:00Z"),
          max: new Date("2100-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const received = date.toISOString().slice(0, 10);
          const { due } = computeDeadlines({ received });
          const day20 = plusDays(received, 20);
          expect(isDayOff(due)).toBe(false);
          expect(due >= day20).toBe(true);
          for (let d = day20; d < due; d = plusDays(d, 1)) expect(isDayOff(d), d).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
