import { fail } from "../errors/app-error.ts";
import type { Actor, Role } from "./roles.ts";

/** Who a rule is for: a role, several, any signed-in user, or anyone at all. */
export type Audience = Role | readonly Role[] | "authenticated" | "anyone";

type Condition<R> = (actor: Actor, resource: R) => boolean;

type Rule = {
  audience: Audience;
  actions: readonly string[];
  subject: string;
  condition?: Condition<never>;
};

/**
 * A set of rules; each area declares its own with allow() and the platform checks them with
 * can() and authorize(). What no rule allows is denied.
 */
export class Policy {
  private readonly rules: Rule[] = [];

  allow<R = unknown>(
    audience: Audience,
    actions: string | readonly string[],
    subject: string,
    condition?: Condition<R>,
  ): this {
    this.rules.push({
      audience,
      actions: typeof actions === "string" ? [actions] : actions,
      subject,
      condition: condition as Condition<never> | undefined,
    });
    return this;
  }

  /** Whether the actor may do action on subject (and on this resource, when one is given). */
  can(actor: Actor, action: string, subject: string, resource?: unknown): boolean {
    return this.rules.some(
      (rule) =>
        rule.subject === subject &&
        rule.actions.includes(action) &&
        reaches(rule.audience, actor) &&
        (!rule.condition || resource === undefined || rule.condition(actor, resource as never)),
    );
  }

  /** Throws 401 for an anonymous actor and 403 for a signed-in one when can() says no. */
  authorize(actor: Actor, action: string, subject: string, resource?: unknown): void {
    if (this.can(actor, action, subject, resource)) return;
    throw fail(actor.kind === "anonymous" ? "unauthenticated" : "forbidden");
  }

  subjects(): string[] {
    return [...new Set(this.rules.map((r) => r.subject))];
  }
}

function reaches(audience: Audience, actor: Actor): boolean {
  if (audience === "anyone") return true;
  if (actor.kind !== "user") return false;
  if (audience === "authenticated") return true;
  return typeof audience === "string" ? audience === actor.role : audience.includes(actor.role);
}
