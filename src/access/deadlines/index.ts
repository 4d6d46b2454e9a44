export { addDays, addMonths, dayNumber, weekday } from "./calendar.ts";
export { computeDeadlines, type DeadlineInput, type Deadlines } from "./compute.ts";
export { easterSunday } from "./easter.ts";
export {
  type DayOff,
  dayOff,
  franceHolidays,
  type Holiday,
  holidaysOf,
  quebecHolidays,
} from "./holidays.ts";
export {
  DEADLINE_RULES_FILE,
  type DeadlineRules,
  deadlineRules,
} from "./rules.ts";
export { type BusinessStatus, businessStatus } from "./status.ts";
export { explainDeadlines, stepText } from "./step-text.ts";
export type { CountFrom, DeadlineKey, DeadlineStep } from "./steps.ts";
