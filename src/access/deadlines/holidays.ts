import type { Texts } from "../../platform/i18n/i18n.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import { daysInMonth, isoDate, weekday } from "./calendar.ts";
import { easterSunday } from "./easter.ts";
import { type DeadlineRules, deadlineRules, type HolidayRule } from "./rules.ts";

/** A dated holiday of one year. Weekly days off (Sundays, Saturdays) are not listed here. */
export type Holiday = { date: string; id: string; name: Texts; basis: string };

function dateOf(rule: HolidayRule, year: number): string | undefined {
  switch (rule.type) {
    case "weekday":
      return undefined;
    case "fixed": {
      const date = isoDate(year, rule.month, rule.day);
      return rule.ifSundayNextDay && weekday(date) === 0
        ? isoDate(year, rule.month, rule.day + 1)
        : date;
    }
    case "easter": {
      const [y, m, d] = easterSunday(year).split("-").map(Number) as [number, number, number];
      return isoDate(y, m, d + rule.offset);
    }
    case "nth_weekday": {
      const first = weekday(isoDate(year, rule.month, 1));
      const day = 1 + ((rule.weekday - first + 7) % 7) + 7 * (rule.n - 1);
      return day <= daysInMonth(year, rule.month) ? isoDate(year, rule.month, day) : undefined;
    }
    case "weekday_before": {
      // Strictly before: when the reference day is itself that weekday, a week earlier.
      const reference = weekday(isoDate(year, rule.month, rule.day));
      const back = (reference - rule.weekday + 7) % 7 || 7;
      return isoDate(year, rule.month, rule.day - back);
    }
  }
}

/** The dated holidays of a jurisdiction for one year, in date order. */
export function holidaysOf(
  jurisdiction: Jurisdiction,
  year: number,
  rules: DeadlineRules = deadlineRules(),
): Holiday[] {
  const set = rules[jurisdiction];
  const dated = set.holidays.flatMap((h) => {
    const date = dateOf(h.rule, year);
    return date ? [{ date, id: h.id, name: h.name, basis: h.basis }] : [];
  });
  const proclaimed = set.proclaimed
    .filter((p) => p.date.startsWith(`${year}-`))
    .map((p) => ({ date: p.date, id: "proclaimed", name: p.name, basis: p.basis }));
  return [...dated, ...proclaimed].sort((a, b) => a.date.localeCompare(b.date));
}

/** Québec's holidays of the Interpretation Act (CQLR c. I-16, s. 61 (23)), Sundays apart. */
export const quebecHolidays = (year: number): Holiday[] => holidaysOf("qc", year);

/** France's public holidays (Code du travail, art. L3133-1), Sundays apart. */
export const franceHolidays = (year: number): Holiday[] => holidaysOf("fr", year);

/** Why a date is not a day on which a deadline may end, or undefined when it may. */
export type DayOff = { id: string; name: Texts; basis: string };

export function dayOff(
  jurisdiction: Jurisdiction,
  date: string,
  options: { saturdayIsHoliday?: boolean } = {},
  rules: DeadlineRules = deadlineRules(),
): DayOff | undefined {
  const set = rules[jurisdiction];
  const holiday = holidaysOf(jurisdiction, Number(date.slice(0, 4)), rules).find(
    (h) => h.date === date,
  );
  if (holiday) return holiday;
  const day = weekday(date);
  const weekly = set.holidays.find((h) => h.rule.type === "weekday" && h.rule.weekday === day);
  if (weekly) return { id: weekly.id, name: weekly.name, basis: weekly.basis };
  const saturdays = options.saturdayIsHoliday ?? set.postponement.saturdayIsHoliday;
  if (day === 6 && saturdays) {
    return {
      id: "saturday",
      name: { fr: "samedi", en: "Saturday" },
      basis: set.postponement.basis,
    };
  }
  return undefined;
}
