import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { type Actor, ROLES } from "../policy/roles.ts";

/**
 * Every route of the application, for every role and for the anonymous public: the route must
 * have declared a rule, and the answer must be a refusal exactly when the policy says no.
 */
describe("route × role access", () => {
  let t: TestApp;
  const sessions = new Map<string, { cookie: string; csrf: string; actor: Actor }>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ROLES) {
      const s = await t.signIn(role);
      sessions.set(role, {
        cookie: s.cookie,
        csrf: s.csrf,
        actor: { kind: "user", id: s.user.id, email: s.email, name: "", role, via: "session" },
      });
    }
    const page = await t.request("/connexion");
    const csrf = /alliage_csrf=([^;]+)/.exec(page.headers.get("set-cookie") ?? "")?.[1] ?? "";
    sessions.set("anonymous", {
      cookie: `alliage_csrf=${csrf}`,
      csrf,
      actor: { kind: "anonymous" },
    });
  });
  afterAll(() => t?.close());

  it("declares a rule for every route the application serves", () => {
    const declared = new Set(t.routes.map((r) => `${r.method} ${r.path}`));
    const served = t.app.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(10);
    const undeclared = served.filter((r) => !declared.has(r));
    expect(undeclared).toEqual([]);
  });

  // Several hundred requests: minutes on a loaded machine.
  it("refuses exactly what the policy refuses, for each role", { timeout: 180_000 }, async () => {
    // Signing out ends the session the other checks use, so those routes go last.
    const routes = [...t.routes].sort(
      (a, b) => Number(a.path.includes("deconnexion")) - Number(b.path.includes("deconnexion")),
    );
    const mismatches: string[] = [];
    for (const route of routes) {
      const path = route.path.replace(/:\w+/g, "00000000-0000-4000-8000-000000000000");
      for (const [who, s] of sessions) {
        const res = await t.request(path, {
          method: route.method,
          headers: {
            cookie: s.cookie,
            accept: "application/json",
            "x-csrf-token": s.csrf,
            ...(route.method === "POST"
              ? { "content-type": "application/x-www-form-urlencoded" }
              : {}),
          },
          ...(route.method === "POST" ? { body: new URLSearchParams({ _csrf: s.csrf }) } : {}),
        });
        const refused = await refusal(res);
        const allowed = t.deps.policy.can(s.actor, route.access.action, route.access.subject);
        const expected = allowed
          ? undefined
          : s.actor.kind === "anonymous"
            ? "unauthenticated"
            : "forbidden";
        if (refused !== expected) {
          mismatches.push(
            `${route.method} ${route.path} as ${who}: got ${refused ?? res.status}, expected ${expected ?? "access"}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

async function refusal(res: Response): Promise<string | undefined> {
  if (res.status !== 401 && res.status !== 403) return undefined;
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("json")) return undefined;
  const body = (await res.json()) as { error?: { id?: string } };
  const id = body.error?.id;
  return id === "unauthenticated" || id === "forbidden" ? id : undefined;
}
