import type { Policy } from "../../policy/policy.ts";

export function passwordResetRules(policy: Policy): void {
  // Whoever forgot a password is not signed in: asking for a link and using it are open to all,
  // the link itself being the proof; CSRF protection still applies to both forms.
  policy.allow("anyone", ["read", "create", "update"], "PasswordReset");
}
