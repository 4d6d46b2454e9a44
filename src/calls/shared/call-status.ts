/** Where a call stands for its readers: a draft, or published and upcoming, open or closed. */
export const CALL_STATUSES = ["draft", "upcoming", "open", "closed"] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/**
 * A published call is open from its opening instant (included) to its closing instant
 * (excluded): an application sent at the closing second is late. The clock is the caller's, so
 * tests and the server agree on what "now" is.
 */
export function callStatus(
  call: { status: "draft" | "published"; opensAt: Date; closesAt: Date },
  now: Date,
): CallStatus {
  if (call.status === "draft") return "draft";
  if (now.getTime() < call.opensAt.getTime()) return "upcoming";
  return now.getTime() < call.closesAt.getTime() ? "open" : "closed";
}
