import type { Policy } from "../platform/policy/policy.ts";
import { applicationRules } from "./applications/policy.ts";
import { callRules } from "./calls/policy.ts";
import { decisionRules } from "./decisions/policy.ts";
import { exportRules } from "./exports/policy.ts";
import { reviewRules } from "./review/policy.ts";
import { statisticsRules } from "./statistics/policy.ts";

/** Calls for projects: each feature keeps its own rules. */
export function callsRules(policy: Policy): void {
  callRules(policy);
  applicationRules(policy);
  reviewRules(policy);
  decisionRules(policy);
  exportRules(policy);
  statisticsRules(policy);
}
