import type { Policy } from "../../policy/policy.ts";

export function registrationRules(policy: Policy): void {
  // Applicants have no account before this: signing up, asking for a new link and confirming
  // the address are open to all (the link is the proof); CSRF protection applies to every form.
  policy.allow("anyone", ["read", "create", "update"], "Registration");
}
