import { describe, expect, it } from "vitest";
import {
  computeStatistics,
  daysBetween,
  median,
  percentileNearestRank,
  type StatisticsRow,
  yearsOf,
} from "./compute.ts";

const row = (r: Partial<StatisticsRow> & Pick<StatisticsRow, "receivedOn">): StatisticsRow => ({
  jurisdiction: "qc",
  decidedOn: null,
  dueOn: "2099-01-01",
  extendedOn: null,
  outcome: null,
  status: "received",
  reviewed: false,
  documentArticles: [],
  ...r,
});

// Québec, received in 2024. Days from receipt to decision worked out on a calendar.
const QC_2024: StatisticsRow[] = [
  // 10 → 25 January: 15 days, before the deadline.
  row({
    receivedOn: "2024-01-10",
    decidedOn: "2024-01-25",
    dueOn: "2024-01-30",
    outcome: "full",
    status: "closed",
  }),
  // 1 → 21 February: 20 days, on the deadline itself (on time).
  row({
    receivedOn: "2024-02-01",
    decidedOn: "2024-02-21",
    dueOn: "2024-02-21",
    outcome: "partial",
    status: "decided",
    documentArticles: [["art. 14", "art. 9"], ["art. 9"]],
  }),
  // Extended to 31 March, decided 5 April: 30 days of March + 5 = 35 days, late, reviewed.
  row({
    receivedOn: "2024-03-01",
    extendedOn: "2024-03-15",
    decidedOn: "2024-04-05",
    dueOn: "2024-03-31",
    outcome: "refused",
    status: "under_review",
    reviewed: true,
    // Named twice for the same document: one invocation.
    documentArticles: [["art. 9", "art. 9"]],
  }),
  // 20 December → 9 January: 11 days to 31 December + 9 = 20 days; counts in 2024, its year
  // of receipt. Went to review and was closed since.
  row({
    receivedOn: "2024-12-20",
    decidedOn: "2025-01-09",
    dueOn: "2025-01-13",
    outcome: "not_held",
    status: "closed",
    reviewed: true,
  }),
  row({ receivedOn: "2024-05-05", status: "withdrawn" }),
  row({ receivedOn: "2024-06-01", status: "in_progress" }),
  row({ receivedOn: "2024-06-02", status: "extended", extendedOn: "2024-06-20" }),
];

const FR_2023: StatisticsRow[] = [
  // 1 February → 1 March 2023: 28 days (February 2023 has 28), on the one-month deadline.
  row({
    jurisdiction: "fr",
    receivedOn: "2023-02-01",
    decidedOn: "2023-03-01",
    dueOn: "2023-03-01",
    outcome: "transferred",
    status: "decided",
  }),
];

describe("percentiles", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    // Sorted: 1 3 4 7 10 → the 3rd value.
    expect(median([3, 1, 10, 7, 4])).toBe(4);
    // 1..10: (5 + 6) / 2.
    expect(median([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toBe(5.5);
    expect(median([])).toBeNull();
  });

  it("uses the nearest rank ⌈p × n⌉", () => {
    // n = 5: rank ⌈4.5⌉ = 5 → 10; rank for p50 ⌈2.5⌉ = 3 → 4.
    expect(percentileNearestRank([3, 1, 10, 7, 4], 90)).toBe(10);
    expect(percentileNearestRank([3, 1, 10, 7, 4], 50)).toBe(4);
    // n = 10: rank 9 → 9; n = 20 (1..20): rank 18 → 18.
    expect(percentileNearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(
      percentileNearestRank(
        Array.from({ length: 20 }, (_, i) => 20 - i),
        90,
      ),
    ).toBe(18);
    // n = 1: the only value.
    expect(percentileNearestRank([42], 90)).toBe(42);
    expect(percentileNearestRank([], 90)).toBeNull();
  });

  it("counts calendar days across month ends and leap days", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
    expect(daysBetween("2024-12-20", "2025-01-09")).toBe(20);
    expect(daysBetween("2024-03-01", "2024-04-05")).toBe(35);
  });
});

describe("computeStatistics", () => {
  const all = computeStatistics([...QC_2024, ...FR_2023]);
  const find = (year: number, j: "qc" | "fr") =>
    all.find((f) => f.year === year && f.jurisdiction === j);

  it("gives one entry per year of receipt and jurisdiction, oldest year first", () => {
    expect(all.map((f) => `${f.year}-${f.jurisdiction}`)).toEqual([
      "2023-qc",
      "2023-fr",
      "2024-qc",
      "2024-fr",
    ]);
    expect(yearsOf([...QC_2024, ...FR_2023])).toEqual([2024, 2023]);
  });

  it("computes every figure of a year by hand", () => {
    expect(find(2024, "qc")).toEqual({
      year: 2024,
      jurisdiction: "qc",
      received: 7,
      decided: 4,
      byOutcome: { full: 1, partial: 1, refused: 1, not_held: 1, transferred: 0 },
      // Days 15, 20, 35, 20 → sorted 15 20 20 35: median (20 + 20) / 2 = 20,
      // p90 rank ⌈0.9 × 4⌉ = 4 → 35.
      medianDays: 20,
      p90Days: 35,
      // All but the 35-day one (decided 5 April, due 31 March).
      onTime: 3,
      onTimeShare: 0.75,
      extended: 2,
      // art. 9: two documents of the partial release + one of the refusal; art. 14: one.
      articles: [
        { article: "art. 9", count: 3 },
        { article: "art. 14", count: 1 },
      ],
      reviews: 2,
      withdrawn: 1,
      // In progress and extended (not yet decided).
      open: 2,
    });
    expect(find(2023, "fr")).toMatchObject({
      received: 1,
      decided: 1,
      medianDays: 28,
      p90Days: 28,
      onTime: 1,
      onTimeShare: 1,
      byOutcome: { transferred: 1 },
    });
  });

  it("gives zeros and no median, not NaN, for a jurisdiction or year with nothing", () => {
    for (const empty of [find(2024, "fr"), computeStatistics(QC_2024, [2021])[0]]) {
      expect(empty).toMatchObject({
        received: 0,
        decided: 0,
        medianDays: null,
        p90Days: null,
        onTime: 0,
        onTimeShare: null,
        extended: 0,
        articles: [],
        reviews: 0,
        withdrawn: 0,
        open: 0,
      });
    }
    expect(computeStatistics([])).toEqual([]);
  });

  it("sorts articles by count, then in numeric order", () => {
    const [f] = computeStatistics([
      row({ receivedOn: "2024-01-01", documentArticles: [["art. 28"], ["art. 9"], ["art. 14"]] }),
    ]);
    expect(f?.articles.map((a) => a.article)).toEqual(["art. 9", "art. 14", "art. 28"]);
  });
});
