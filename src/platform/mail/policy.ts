import type { Policy } from "../policy/policy.ts";

/** The outbox holds requesters' addresses: exactly the roles that may see a requester read it. */
export function mailRules(policy: Policy): void {
  policy.allow(["admin", "access-officer"], "read", "MailOutbox");
}
