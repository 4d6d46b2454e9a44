/**
 * Today's date for the portfolio, in Québec's time zone: the joint committee's dates are
 * recorded there, and France is ahead, so a date is never in the future for either party.
 */
export const todayOf = (now: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto" }).format(now);
