import type { Policy } from "../platform/policy/policy.ts";

/** Published criticality data (lists, EU results, the matrix) is public. */
export function criticalityRules(policy: Policy): void {
  policy.allow("anyone", "read", "Criticality");
}
