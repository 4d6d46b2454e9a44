import type { Policy } from "../../platform/policy/policy.ts";

/** Letter templates carry legal wording: only administrators see and change them. */
export function letterTemplateRules(policy: Policy): void {
  policy.allow("admin", ["read", "update"], "LetterTemplate");
}
