import type { Policy } from "../../platform/policy/policy.ts";
import type { Actor } from "../../platform/policy/roles.ts";

/** The officials of both parties, who screen, assign and read the ranking. */
export const REVIEW_OFFICIALS = ["admin", "member-qc", "member-fr"] as const;

/** What the reviewer rules look at: whose assignment it is. */
export type ReviewAccess = { reviewer_id: string };

const isOwnAssignment = (actor: Actor, a: ReviewAccess) =>
  actor.kind === "user" && a.reviewer_id === actor.id;

/**
 * Officials of either party read a call's review, screen (for their own party: the route takes
 * the party from the role), request corrections and assign reviewers; they keep reviewers'
 * profiles. A reviewer reads and fills only their own assignments: the routes answer 404 for
 * any other, so an unassigned application does not even show that it exists.
 */
export function reviewRules(policy: Policy): void {
  policy.allow(REVIEW_OFFICIALS, ["read", "screen", "assign"], "CallReview");
  policy.allow(REVIEW_OFFICIALS, "update", "ReviewerProfile");
  policy.allow("reviewer", ["read", "update"], "Review", isOwnAssignment);
}
