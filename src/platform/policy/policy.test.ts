import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { Policy } from "./policy.ts";
import { type Actor, ANONYMOUS, type Role } from "./roles.ts";

const user = (role: Role, id = "u1"): Actor => ({
  kind: "user",
  id,
  email: `${role}@example.org`,
  name: role,
  role,
  via: "session",
});

describe("Policy", () => {
  const policy = new Policy()
    .allow("anyone", "read", "Declaration")
    .allow("authenticated", "read", "Account")
    .allow(["member-qc", "member-fr"], ["create", "update"], "Project")
    .allow<{ ownerId: string }>(
      "member-qc",
      "delete",
      "Project",
      (a, p) => a.kind === "user" && a.id === p.ownerId,
    )
    .allow("admin", ["read", "update"], "AuditLog");

  it("lets anyone read what is public", () => {
    expect(policy.can(ANONYMOUS, "read", "Declaration")).toBe(true);
    expect(policy.can(user("reviewer"), "read", "Declaration")).toBe(true);
  });

  it("denies what no rule allows, including unknown actions and subjects", () => {
    expect(policy.can(user("admin"), "delete", "Declaration")).toBe(false);
    expect(policy.can(user("admin"), "read", "Nothing")).toBe(false);
    expect(policy.can(ANONYMOUS, "read", "Account")).toBe(false);
  });

  it("matches roles exactly", () => {
    expect(policy.can(user("member-fr"), "create", "Project")).toBe(true);
    expect(policy.can(user("reviewer"), "create", "Project")).toBe(false);
    expect(policy.can(user("member-qc"), "read", "AuditLog")).toBe(false);
  });

  it("checks a condition against the resource when one is given", () => {
    expect(policy.can(user("member-qc", "u1"), "delete", "Project", { ownerId: "u1" })).toBe(true);
    expect(policy.can(user("member-qc", "u2"), "delete", "Project", { ownerId: "u1" })).toBe(false);
  });

  it("authorize answers 401 to the anonymous and 403 to the signed-in", () => {
    const anon = (() => {
      try {
        policy.authorize(ANONYMOUS, "read", "AuditLog");
      } catch (e) {
        return e;
      }
    })();
    expect(anon).toBeInstanceOf(AppError);
    expect((anon as AppError).status).toBe(401);
    expect(() => policy.authorize(user("reviewer"), "read", "AuditLog")).toThrow(/not allowed/);
    expect(() => policy.authorize(user("admin"), "read", "AuditLog")).not.toThrow();
  });
});
