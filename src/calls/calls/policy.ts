import type { Policy } from "../../platform/policy/policy.ts";

/** The officials who prepare calls: administrators and the members of both parties. */
export const CALL_OFFICIALS = ["admin", "member-qc", "member-fr"] as const;

/**
 * Anyone reads published calls; the officials of both parties create, edit and publish them, and
 * only they read drafts ("update Call" is what lets a reader see a draft: the public gets 404).
 * A call is joint, so a member of either party edits any call, as the other party's members do.
 */
export function callRules(policy: Policy): void {
  policy.allow("anyone", "read", "Call");
  policy.allow(CALL_OFFICIALS, ["create", "update", "publish"], "Call");
}
