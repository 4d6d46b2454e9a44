/** Checks of what a form or an API client typed, shared by the financing commands. */
import { fail } from "../../platform/errors/app-error.ts";

/** A real calendar day written YYYY-MM-DD, or the catalogue's invalid_date for that field. */
export function checkedDate(field: string, value: string): string {
  // A date that JavaScript rolls over (2023-02-30 → 2023-03-02) is not the one typed.
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw fail(
      "invalid_date",
      { field, value },
      { [field]: { fr: "Date invalide (AAAA-MM-JJ).", en: "Invalid date (YYYY-MM-DD)." } },
    );
  }
  return value;
}

export function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw fail(
    "validation_failed",
    {},
    {
      [field]: {
        fr: `Valeur inconnue ; valeurs possibles : ${allowed.join(", ")}.`,
        en: `Unknown value; possible values: ${allowed.join(", ")}.`,
      },
    },
  );
}

/** Today in Québec's calendar, the default date of totals. */
export const today = (now: Date) =>
  now.toLocaleDateString("en-CA", { timeZone: "America/Toronto" });
