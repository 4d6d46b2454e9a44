import type { Policy } from "../platform/policy/policy.ts";
import type { Actor } from "../platform/policy/roles.ts";
import { partyOf } from "./shared/visibility.ts";

const MEMBERS = ["member-qc", "member-fr"] as const;

/** A member edits the projects of their own party; an administrator edits any. */
const ownParty = (actor: Actor, project: { owner_party: string }) =>
  partyOf(actor) === project.owner_party;

/**
 * The portfolio: anyone reads (each list is filtered by visibilityOf), members of either party
 * create projects and edit those of their own party, administrators do everything and keep the
 * exchange-rate table. Every change goes through an audited command.
 */
export function cooperationRules(policy: Policy): void {
  for (const subject of ["Project", "Organisation", "ExchangeRate", "Portfolio"]) {
    policy.allow("anyone", "read", subject);
  }
  policy.allow("admin", ["create", "update", "delete"], "Project");
  policy.allow(MEMBERS, "create", "Project");
  policy.allow(MEMBERS, ["update", "delete"], "Project", ownParty);
  policy.allow(["admin", ...MEMBERS], ["create", "update"], "Organisation");
  policy.allow(["admin", ...MEMBERS, "reviewer"], "read", "Financing");
  policy.allow("admin", ["create", "update", "delete"], "Financing");
  policy.allow(MEMBERS, ["create", "update", "delete"], "Financing", ownParty);
  policy.allow("admin", ["create", "update", "delete"], "ExchangeRate");
}
