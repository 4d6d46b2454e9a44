import type { Policy } from "../policy/policy.ts";

export function auditRules(policy: Policy): void {
  policy.allow("admin", "read", "AuditLog");
}
