import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieValue, createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../audit/commands.ts";
import { goodPath } from "../testing/route-walk.ts";
import { createUser } from "./commands.ts";

const form = (fields: Record<string, string>, cookie: string) => ({
  method: "POST",
  body: new URLSearchParams(fields),
  headers: { "content-type": "application/x-www-form-urlencoded", cookie },
});

/** Until the one-time password of `alliage users create` is changed, only the change form opens. */
describe("first password change, enforced", () => {
  let t: TestApp;
  let s: { cookie: string; csrf: string; email: string; password: string };

  beforeAll(async () => {
    t = await createTestApp();
    const email = "nouvelle-admin@example.org";
    const created = await createUser(t.db, CLI_PERFORMER, { email, role: "admin" });
    const page = await t.request("/connexion");
    const anon = cookieValue(page, "alliage_csrf") as string;
    const res = await t.request(
      "/connexion",
      form({ email, password: created.password, _csrf: anon }, `alliage_csrf=${anon}`),
    );
    // An administrator enrols the second factor first; its last page leads to the change form.
    const passed = await t.passSecondFactor(res, anon, email);
    expect(passed.page).toContain('href="/compte#mot-de-passe"');
    const cookie = `alliage_session=${passed.session}`;
    s = { cookie, csrf: await t.formToken(cookie), email, password: created.password };
  });
  afterAll(() => t?.close());

  const isChangeForm = async (res: Response) =>
    res.status === 403 && (await res.text()).includes('name="current"');

  it("answers pages with the change form and the API with 403 password_change_required", async () => {
    for (const path of [
      "/acces/demandes",
      "/admin/courriels",
      "/admin/journal",
      "/en/acces/demandes",
    ])
      expect(await isChangeForm(await t.request(path, { headers: { cookie: s.cookie } }))).toBe(
        true,
      );
    const fr = await t.api("GET", "/api/v1/access/requests", { as: s });
    const en = await t.api("GET", "/api/v1/access/requests", { as: s, lang: "en" });
    expect([fr.status, en.status]).toEqual([403, 403]);
    const [f, e] = [(await fr.json()) as ErrorBody, (await en.json()) as ErrorBody];
    expect([f.error.id, e.error.id]).toEqual([
      "password_change_required",
      "password_change_required",
    ]);
    expect(f.error.message).toMatch(/mot de passe/);
    expect(e.error.message).toMatch(/password/);
  });

  it("creates no API token, and the account page offers none", async () => {
    const before = await t.db.query("SELECT 1 FROM api_tokens");
    const res = await t.request(
      "/compte/jetons",
      form({ name: "script", _csrf: s.csrf }, s.cookie),
    );
    expect(await isChangeForm(res)).toBe(true);
    expect(await t.db.query("SELECT 1 FROM api_tokens")).toHaveLength(before.length);
    const account = await t.request("/compte", { headers: { cookie: s.cookie } });
    expect(account.status).toBe(200);
    const html = await account.text();
    expect(html).toContain('name="current"');
    expect(html).not.toContain("/compte/jetons");
  });

  it("closes every other route of the router table, and leaves static assets open", async () => {
    const open = new Set(["GET /compte", "POST /compte/mot-de-passe", "POST /deconnexion"]);
    const leaks: string[] = [];
    for (const route of t.routes) {
      const bare = route.path.replace(/^\/en(?=\/)/, "");
      if (open.has(`${route.method} ${bare}`) || bare.startsWith("/static/") || bare === "/healthz")
        continue;
      const path = goodPath(route.path);
      const api = path.startsWith("/api/");
      const res = await t.request(path, {
        method: route.method,
        headers: {
          cookie: s.cookie,
          "x-csrf-token": s.csrf,
          ...(api ? { accept: "application/json" } : {}),
          ...(route.method === "POST"
            ? { "content-type": "application/x-www-form-urlencoded" }
            : {}),
        },
        ...(route.method === "POST" ? { body: new URLSearchParams({ _csrf: s.csrf }) } : {}),
      });
      const closed = api
        ? res.status === 403 &&
          ((await res.json()) as ErrorBody).error.id === "password_change_required"
        : await isChangeForm(res);
      if (!closed) leaks.push(`${route.method} ${route.path}: ${res.status}`);
    }
    expect(leaks).toEqual([]);
    const css = await t.request("/static/alliage.css", { headers: { cookie: s.cookie } });
    expect(css.status).toBe(200);
  });

  it("opens everything once the password is changed", async () => {
    const next = "une phrase de passe neuve";
    const res = await t.request(
      "/compte/mot-de-passe",
      form({ current: s.password, password: next, confirm: next, _csrf: s.csrf }, s.cookie),
    );
    expect(res.status).toBe(303);
    const page = await t.request("/connexion");
    const anon = cookieValue(page, "alliage_csrf") as string;
    const again = await t.request(
      "/connexion",
      form({ email: s.email, password: next, _csrf: anon }, `alliage_csrf=${anon}`),
    );
    expect(again.headers.get("location")).toBe("/connexion/second-facteur");
    const passed = await t.passSecondFactor(again, anon, s.email);
    const cookie = `alliage_session=${passed.session}`;
    expect((await t.request("/acces/demandes", { headers: { cookie } })).status).toBe(200);
  });
});

type ErrorBody = { error: { id: string; message: string } };
