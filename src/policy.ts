import { criticalityRules } from "./criticality/policy.ts";
import { declarationRules } from "./declaration/policy.ts";
import { auditRules } from "./platform/audit/policy.ts";
import { authRules } from "./platform/auth/policy.ts";
import { Policy } from "./platform/policy/policy.ts";

/** Every area's authorisation rules, in one policy. */
export function buildPolicy(): Policy {
  const policy = new Policy().allow("anyone", "read", "Platform");
  authRules(policy);
  auditRules(policy);
  declarationRules(policy);
  criticalityRules(policy);
  return policy;
}
