import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";

const REQUEST = {
  jurisdiction: "qc",
  subject: "Rapports de la coopération",
  name: "Camille Roy",
  email: "camille@example.org",
};

/** What the boundary refuses before any route runs, with the catalogue's message and nothing written. */
describe("input boundary", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const count = async () => (await t.db.query("SELECT 1 FROM access_requests")).length;

  it("answers an API body that is not JSON with 415, in both languages, before any CSRF check", async () => {
    const before = await count();
    for (const [lang, pattern] of [
      ["fr", /attend du JSON/],
      ["en", /expects JSON/],
    ] as const) {
      const res = await t.request(`/api/v1/access/requests?lang=${lang}`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify(REQUEST),
      });
      expect(res.status).toBe(415);
      const body = (await res.json()) as { error: { id: string; message: string } };
      expect(body.error.id).toBe("unsupported_media_type");
      expect(body.error.message).toMatch(pattern);
    }
    expect(await count()).toBe(before);
  });

  it("refuses a NUL byte in a JSON body or a sign-in form with 400 invalid_characters", async () => {
    const before = await count();
    const json = await t.api("POST", "/api/v1/access/requests", {
      body: { ...REQUEST, subject: "a\u0000b" },
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: { id: string } }).error.id).toBe("invalid_characters");
    expect(await count()).toBe(before);
    const page = await t.request("/connexion");
    const csrf = /alliage_csrf=([^;]+)/.exec(page.headers.get("set-cookie") ?? "")?.[1] ?? "";
    const signIn = await t.request("/en/connexion", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `alliage_csrf=${csrf}`,
      },
      body: new URLSearchParams({ email: "a\u0000b@example.org", password: "x", _csrf: csrf }),
    });
    expect(signIn.status).toBe(400);
    expect(await signIn.text()).toContain("NUL byte");
  });

  it("binds the form token to the session: a pair of the caller's choice no longer passes", async () => {
    const s = await t.signIn("admin");
    const chosen = "A".repeat(43);
    const session = s.cookie.split(";")[0] as string;
    const forged = await t.request("/compte/jetons", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `${session}; alliage_csrf=${chosen}`,
      },
      body: new URLSearchParams({ name: "forged", _csrf: chosen }),
    });
    expect(forged.status).toBe(403);
    // Another session's token does not pass either; the session's own does.
    const other = await t.signIn("admin");
    const crossed = await t.request("/compte/jetons", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: session },
      body: new URLSearchParams({ name: "crossed", _csrf: other.csrf }),
    });
    expect(crossed.status).toBe(403);
    expect(await t.db.query("SELECT 1 FROM api_tokens")).toHaveLength(0);
    const own = await t.request("/compte/jetons", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: session },
      body: new URLSearchParams({ name: "own", _csrf: s.csrf }),
    });
    expect(own.status).toBe(201);
  });

  it("answers malformed ids with 404, never a server error", async () => {
    for (const path of [
      "/acces/demandes/202311-76/documents/abc/original.pdf",
      "/acces/demandes/not-a-reference",
      `/criticite/matieres/${"x".repeat(10_000)}`,
      "/admin/courriels/-1",
    ]) {
      const s = await t.signIn("admin");
      const res = await t.request(path, { headers: { cookie: s.cookie } });
      expect([path, res.status]).toEqual([path, 404]);
    }
  });
});
