import type { Policy } from "../../platform/policy/policy.ts";
import type { Actor } from "../../platform/policy/roles.ts";

const OFFICIALS = ["admin", "member-qc", "member-fr"] as const;

/** What the rules look at: who owns the application, who was invited, and where it stands. */
export type ApplicationAccess = {
  owner_id: string;
  member_emails: readonly string[];
  status: string;
};

const isOwner = (actor: Actor, a: ApplicationAccess) =>
  actor.kind === "user" && a.owner_id === actor.id;

/** The owner, or a consortium member invited at the address the actor signed in with. */
const isParticipant = (actor: Actor, a: ApplicationAccess) =>
  isOwner(actor, a) ||
  (actor.kind === "user" &&
    a.member_emails.some((e) => e.toLowerCase() === actor.email.toLowerCase()));

/** A draft is the consortium's own until submitted. */
const isSubmitted = (_actor: Actor, a: ApplicationAccess) => a.status !== "draft";

/**
 * Applicants start applications and work on those of their consortium; only the owner
 * withdraws one. Officials of either party read submitted applications of every call, never
 * drafts. Routes answer 404 (not 403) when the condition fails, so an application's existence is
 * not revealed to other applicants.
 */
export function applicationRules(policy: Policy): void {
  policy.allow("applicant", "create", "Application");
  policy.allow("applicant", ["read", "update"], "Application", isParticipant);
  policy.allow("applicant", "withdraw", "Application", isOwner);
  policy.allow(OFFICIALS, "read", "Application", isSubmitted);
}
