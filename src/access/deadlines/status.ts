import { daysBetween } from "./calendar.ts";
import type { Deadlines } from "./compute.ts";

export type BusinessStatus = "on_time" | "due_soon" | "overdue";

/**
 * Where an open request stands on `today` against the deadline that applies (the extended one
 * when taken): overdue the day after it, due soon from `dueSoonDays` calendar days before it.
 */
export function businessStatus(
  today: string,
  deadlines: Pick<Deadlines, "due" | "extendedDue">,
  options: { dueSoonDays?: number } = {},
): BusinessStatus {
  const left = daysBetween(today, deadlines.extendedDue ?? deadlines.due);
  if (left < 0) return "overdue";
  return left <= (options.dueSoonDays ?? 5) ? "due_soon" : "on_time";
}
