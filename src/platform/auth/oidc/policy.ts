import type { Policy } from "../../policy/policy.ts";

export function oidcRules(policy: Policy): void {
  // Who is linked to which government identity, and undoing a link, is for administrators.
  policy.allow("admin", ["read", "delete"], "UserIdentity");
}
