import type { Policy } from "../../platform/policy/policy.ts";
import { CALL_OFFICIALS } from "../calls/policy.ts";

/**
 * The joint committee is the officials of both parties: any of them records decisions and names
 * the co-chairs; the approval route is open to them too, and the command accepts only the
 * call's co-chair of a party. Results are public, once final (the route answers 404 before).
 */
export function decisionRules(policy: Policy): void {
  policy.allow(CALL_OFFICIALS, ["decide", "approve"], "CallDecision");
  policy.allow("anyone", "read", "CallResults");
}
