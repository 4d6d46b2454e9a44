import type { Policy } from "../../platform/policy/policy.ts";
import { REVIEW_OFFICIALS } from "../review/policy.ts";

/**
 * The exports hold the screening's internal notes and every reviewer's scores and comments: the
 * officials who read the review take them, nobody else (applicants and reviewers get 403).
 */
export function exportRules(policy: Policy): void {
  policy.allow(REVIEW_OFFICIALS, "export", "CallApplications");
}
