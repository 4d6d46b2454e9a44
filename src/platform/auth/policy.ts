import type { Policy } from "../policy/policy.ts";

export function authRules(policy: Policy): void {
  // Signing in and out is open to all; CSRF protection still applies to both.
  policy.allow("anyone", ["read", "create", "delete"], "Session");
  policy.allow("authenticated", ["read", "update"], "Account");
  policy.allow("authenticated", ["create", "delete"], "ApiToken");
}
