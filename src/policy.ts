import { letterTemplateRules } from "./access/letters/policy.ts";
import { accessRules } from "./access/policy.ts";
import { cooperationRules } from "./cooperation/policy.ts";
import { briefRules } from "./criticality/briefs/policy.ts";
import { criticalityRules } from "./criticality/policy.ts";
import { declarationRules } from "./declaration/policy.ts";
import { auditRules } from "./platform/audit/policy.ts";
import { oidcRules } from "./platform/auth/oidc/policy.ts";
import { authRules } from "./platform/auth/policy.ts";
import { mailRules } from "./platform/mail/policy.ts";
import { Policy } from "./platform/policy/policy.ts";

/** Every area's authorisation rules, in one policy. */
export function buildPolicy(): Policy {
  const policy = new Policy().allow("anyone", "read", "Platform");
  authRules(policy);
  oidcRules(policy);
  auditRules(policy);
  mailRules(policy);
  declarationRules(policy);
  criticalityRules(policy);
  briefRules(policy);
  accessRules(policy);
  cooperationRules(policy);
  letterTemplateRules(policy);
  return policy;
}
