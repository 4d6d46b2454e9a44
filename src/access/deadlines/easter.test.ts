import { describe, expect, it } from "vitest";
import { easterSunday } from "./easter.ts";

describe("easterSunday", () => {
  // Published Easter dates (Western churches), including the earliest possible (22 March:
  // 1818, 2285) and the latest (25 April: 1943, 2038).
  const published: [number, string][] = [
    [1818, "1818-03-22"],
    [1943, "1943-04-25"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ];
  for (const [year, date] of published) {
    it(`gives ${date} for ${year}`, () => expect(easterSunday(year)).toBe(date));
  }

  it("always falls on a Sunday between 22 March and 25 April", () => {
    for (let year = 1900; year <= 2200; year++) {
      const date = easterSunday(year);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay(), date).toBe(0);
      expect(date.slice(5) >= "03-22" && date.slice(5) <= "04-25", date).toBe(true);
    }
  });

  it("refuses a year outside the Gregorian calendar", () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});
