import { describe, expect, it } from "vitest";
import { dayOff, franceHolidays, quebecHolidays } from "./holidays.ts";

const dates = (list: { date: string }[]) => list.map((h) => h.date);

describe("quebecHolidays (CQLR c. I-16, s. 61 (23))", () => {
  it("lists 2024 from the Act: 1 Jan, Good Friday and Easter Monday around Easter on 31 March, the Monday before 25 May (a Saturday), 24 June, 1 July, first Monday of September, second Monday of October, 25 Dec", () => {
    expect(dates(quebecHolidays(2024))).toEqual([
      "2024-01-01",
      "2024-03-29",
      "2024-04-01",
      "2024-05-20",
      "2024-06-24",
      "2024-07-01",
      "2024-09-02", // 1 September 2024 is a Sunday
      "2024-10-14", // 7 October is the first Monday
      "2024-12-25",
    ]);
  });

  it("moves Canada Day to 2 July when 1 July is a Sunday (2018, 2029), and only then", () => {
    expect(dates(quebecHolidays(2018))).toContain("2018-07-02");
    expect(dates(quebecHolidays(2018))).not.toContain("2018-07-01");
    expect(dates(quebecHolidays(2029))).toContain("2029-07-02");
    expect(dates(quebecHolidays(2023))).toContain("2023-07-01"); // a Saturday: stays
  });

  it("takes the Monday strictly before 25 May: 18 May in 2026, when 25 May is itself a Monday", () => {
    expect(dates(quebecHolidays(2026))).toContain("2026-05-18");
    expect(dates(quebecHolidays(2026))).not.toContain("2026-05-25");
  });

  it("does not list 2 January or 26 December, which are not in s. 61 (23)", () => {
    expect(dates(quebecHolidays(2023))).not.toContain("2023-01-02");
    expect(dates(quebecHolidays(2022))).not.toContain("2022-12-26");
  });

  it("names each holiday and its legal basis", () => {
    const june = quebecHolidays(2024).find((h) => h.date === "2024-06-24");
    expect(june?.name.fr).toBe("Fête nationale");
    expect(june?.basis).toMatch(/I-16, art\. 61 \(23°\) e\)/);
  });
});

describe("franceHolidays (Code du travail, art. L3133-1)", () => {
  it("lists the eleven public holidays of 2024, Easter being on 31 March", () => {
    expect(dates(franceHolidays(2024))).toEqual([
      "2024-01-01",
      "2024-04-01", // Easter Monday
      "2024-05-01",
      "2024-05-08",
      "2024-05-09", // Ascension: Easter + 39
      "2024-05-20", // Whit Monday: Easter + 50
      "2024-07-14",
      "2024-08-15",
      "2024-11-01",
      "2024-11-11",
      "2024-12-25",
    ]);
  });

  it("matches the published 2026 movable feasts: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May", () => {
    expect(dates(franceHolidays(2026))).toEqual(
      expect.arrayContaining(["2026-04-06", "2026-05-14", "2026-05-25"]),
    );
  });
});

describe("dayOff", () => {
  it("treats Sundays as days off in both jurisdictions, Saturdays only in France by default", () => {
    expect(dayOff("qc", "2024-01-28")?.id).toBe("sunday");
    expect(dayOff("qc", "2024-01-27")).toBeUndefined();
    expect(dayOff("qc", "2024-01-27", { saturdayIsHoliday: true })?.id).toBe("saturday");
    expect(dayOff("fr", "2024-01-27")?.id).toBe("saturday");
    expect(dayOff("qc", "2024-01-26")).toBeUndefined();
  });
});
