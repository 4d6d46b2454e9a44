import type { Policy } from "../platform/policy/policy.ts";

/** Published criticality data (lists, EU results, the matrix) is public. */
export function criticalityRules(policy: Policy): void {
  policy.allow("anyone", "read", "Criticality");
  // Scenarios: anyone may read (compute on the page); members of both parties and admins create.
  policy.allow("anyone", "read", "CriticalityScenario");
  policy.allow(["admin", "member-qc", "member-fr"], "create", "CriticalityScenario");
  // Imported datasets: adding a vintage is an administrator's task; the list names uploaders.
  policy.allow("admin", ["read", "import"], "Dataset");
  // Saved scenarios are shared between the parties, not published: members of both parties,
  // admins and reviewers read them; the anonymous public still computes but sees none saved.
  // Members and admins save; a member deletes only their own, an admin any.
  policy.allow(["admin", "member-qc", "member-fr", "reviewer"], "read", "SavedScenario");
  policy.allow(["admin", "member-qc", "member-fr"], "create", "SavedScenario");
  policy.allow("admin", "delete", "SavedScenario");
  policy.allow<{ authorId: string | null }>(
    ["member-qc", "member-fr"],
    "delete",
    "SavedScenario",
    (actor, scenario) => actor.kind === "user" && actor.id === scenario.authorId,
  );
}
