import type { Policy } from "../platform/policy/policy.ts";

const OFFICERS = ["access-officer", "admin"] as const;

/**
 * Anyone may file a request (no account needed) and read the disclosure log and the statistics.
 * The register, the documents found and above all the requester's identity are for access
 * officers and administrators only: members of either party never see who asked.
 */
export function accessRules(policy: Policy): void {
  policy.allow("anyone", "create", "AccessRequest");
  policy.allow("anyone", "read", "DisclosureLog");
  policy.allow("anyone", "read", "AccessStatistics");
  policy.allow(OFFICERS, ["read", "register", "update"], "AccessRequest");
  policy.allow(OFFICERS, "read", "AccessRequester");
  policy.allow("admin", "update", "AccessArticleText");
}
