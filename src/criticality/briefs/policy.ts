import type { Policy } from "../../platform/policy/policy.ts";

const MEMBERS = ["member-qc", "member-fr"] as const;

/**
 * Published briefs are public. Drafts, the review queue and versions are for members of both
 * parties (and administrators, who see everything); only members draft, edit, submit, review
 * and publish: a brief speaks for a party. Who may approve which brief (not its author, one
 * per party) is the approval command's rule, since it depends on the brief's approvals.
 */
export function briefRules(policy: Policy): void {
  policy.allow("anyone", "read", "AnalysisBrief");
  policy.allow(["admin", ...MEMBERS], "review", "AnalysisBrief");
  policy.allow(MEMBERS, ["create", "update", "approve", "publish"], "AnalysisBrief");
}
