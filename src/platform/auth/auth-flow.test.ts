import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cookieValue,
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
} from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../audit/commands.ts";
import { createApiToken } from "./commands.ts";

const form = (fields: Record<string, string>, cookie: string) => ({
  method: "POST",
  body: new URLSearchParams(fields),
  headers: { "content-type": "application/x-www-form-urlencoded", cookie },
});

describe("sign-in, sessions and tokens", () => {
  let t: TestApp;
  let clock = new Date("2026-01-15T10:00:00Z");
  beforeAll(async () => {
    t = await createTestApp({ now: () => clock, env: { LOGIN_MAX_FAILURES: "3" } });
  });
  afterAll(() => t?.close());

  async function csrfCookie() {
    const res = await t.request("/connexion");
    return cookieValue(res, "alliage_csrf") as string;
  }

  it("sets a session cookie that is HttpOnly and SameSite=Lax, and Secure over https", async () => {
    const s = await t.signIn("reviewer");
    const csrf = s.csrf;
    const res = await t.app.request(
      "https://alliage.example/connexion",
      form({ email: s.email, password: TEST_PASSWORD, _csrf: csrf }, `alliage_csrf=${csrf}`),
    );
    const header = res.headers.getSetCookie().find((h) => h.startsWith("alliage_session=")) ?? "";
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Secure/);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const plain = await t.request("/");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });

  it("refuses a wrong password with a generic message and no cookie", async () => {
    const s = await t.signIn("member-qc");
    const csrf = await csrfCookie();
    const res = await t.request(
      "/connexion",
      form({ email: s.email, password: "wrong password!", _csrf: csrf }, `alliage_csrf=${csrf}`),
    );
    expect(res.status).toBe(401);
    expect(await res.text()).toContain("Adresse courriel ou mot de passe incorrect.");
    expect(cookieValue(res, "alliage_session")).toBeUndefined();
  });

  it("locks an account after too many failures, then lets it in once the window has passed", async () => {
    const s = await t.signIn("member-fr");
    const csrf = await csrfCookie();
    const attempt = (password: string) =>
      t.request(
        "/connexion",
        form({ email: s.email, password, _csrf: csrf }, `alliage_csrf=${csrf}`),
      );
    for (let i = 0; i < 3; i++) expect((await attempt("nope nope nope")).status).toBe(401);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("900");
    clock = new Date(clock.getTime() + 16 * 60_000);
    const later = await attempt(TEST_PASSWORD);
    expect(later.status).toBe(303);
  });

  it("rejects a form without the CSRF token or from another origin", async () => {
    const s = await t.signIn("admin");
    const missing = await t.request("/compte/jetons", form({ name: "x" }, s.cookie));
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain("Le formulaire a expiré");
    const foreign = await t.request("/compte/jetons", {
      ...form({ name: "x", _csrf: s.csrf }, s.cookie),
      headers: { ...form({}, s.cookie).headers, origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    const ok = await t.request("/compte/jetons", form({ name: "script", _csrf: s.csrf }, s.cookie));
    expect(ok.status).toBe(201);
    expect(await ok.text()).toMatch(/alliage_[\w-]{43}/);
  });

  it("asks a token of a signed-in DELETE, and lets an anonymous one reach its rule (401)", async () => {
    const s = await t.signIn("admin");
    const path = "/api/v1/projects/P-2024-001?confirm=true";
    const signedIn = await t.request(path, { method: "DELETE", headers: { cookie: s.cookie } });
    expect(signedIn.status).toBe(403);
    expect(((await signedIn.json()) as { error: { id: string } }).error.id).toBe("csrf_failed");
    const anonymous = await t.request(path, { method: "DELETE" });
    expect(anonymous.status).toBe(401);
  });

  it("signs out: the session no longer works", async () => {
    const s = await t.signIn("access-officer");
    expect((await t.request("/compte", { headers: { cookie: s.cookie } })).status).toBe(200);
    const out = await t.request("/deconnexion", form({ _csrf: s.csrf }, s.cookie));
    expect(out.status).toBe(303);
    const after = await t.request("/api/v1/me", { headers: { cookie: s.cookie } });
    expect(after.status).toBe(401);
  });

  it("expires sessions after their lifetime", async () => {
    const s = await t.signIn("reviewer");
    clock = new Date(clock.getTime() + 13 * 3_600_000);
    const res = await t.request("/api/v1/me", { headers: { cookie: s.cookie } });
    expect(res.status).toBe(401);
  });

  it("authenticates scripts by Bearer token and refuses unknown, expired or revoked ones", async () => {
    const s = await t.signIn("member-qc");
    const { token } = await createApiToken(t.db, CLI_PERFORMER, {
      userId: s.user.id,
      name: "ci",
      days: 1,
      now: clock,
    });
    const me = await t.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: s.email, role: "member-qc", via: "token" });

    const bad = await t.request("/api/v1/me?lang=en", {
      headers: { authorization: "Bearer alliage_nope" },
    });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({
      error: {
        id: "invalid_token",
        message: "Access token is invalid, expired or revoked.",
        fields: {},
      },
    });

    clock = new Date(clock.getTime() + 2 * 86_400_000);
    const expired = await t.request("/api/v1/me", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(expired.status).toBe(401);
  });

  it("sends a new account to change its one-time password, and closes sessions when it changes", async () => {
    const s = await t.signIn("admin");
    // signIn already changed the password; a wrong current password is refused field by field.
    const wrong = await t.request(
      "/compte/mot-de-passe",
      form({ current: "bad", password: "short", confirm: "other", _csrf: s.csrf }, s.cookie),
    );
    expect(wrong.status).toBe(422);
    const html = await wrong.text();
    expect(html).toContain("Le mot de passe actuel est incorrect.");
    expect(html).toContain("Les deux mots de passe diffèrent.");
    const ok = await t.request(
      "/compte/mot-de-passe",
      form(
        {
          current: TEST_PASSWORD,
          password: "une phrase toute neuve",
          confirm: "une phrase toute neuve",
          _csrf: s.csrf,
        },
        s.cookie,
      ),
    );
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/connexion?changed=1");
    expect((await t.request("/api/v1/me", { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it("never redirects to another site after sign-in", async () => {
    const s = await t.signIn("reviewer");
    const csrf = await csrfCookie();
    const res = await t.request(
      "/connexion",
      form(
        { email: s.email, password: TEST_PASSWORD, next: "//evil.example/x", _csrf: csrf },
        `alliage_csrf=${csrf}`,
      ),
    );
    expect(res.headers.get("location")).toBe("/");
  });
});
