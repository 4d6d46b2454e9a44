import type { Policy } from "../../platform/policy/policy.ts";
import { CALL_OFFICIALS } from "../calls/policy.ts";

/** The officials of both parties read every call's dashboard and the statistics across calls. */
export function statisticsRules(policy: Policy): void {
  policy.allow(CALL_OFFICIALS, "read", "CallStatistics");
}
