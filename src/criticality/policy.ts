import type { Policy } from "../platform/policy/policy.ts";

/** Published criticality data (lists, EU results, the matrix) is public. */
export function criticalityRules(policy: Policy): void {
  policy.allow("anyone", "read", "Criticality");
  // Scenarios: anyone may read (compute on the page); members of both parties and admins create.
  policy.allow("anyone", "read", "CriticalityScenario");
  policy.allow(["admin", "member-qc", "member-fr"], "create", "CriticalityScenario");
}
