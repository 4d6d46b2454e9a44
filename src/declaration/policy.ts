import type { Policy } from "../platform/policy/policy.ts";

export function declarationRules(policy: Policy): void {
  policy.allow("anyone", "read", "Declaration");
}
