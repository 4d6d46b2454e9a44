import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { ROLES, type Role } from "../policy/roles.ts";

/** The audit page as administrators and everyone else see it, on a fresh database. */
describe("GET /admin/journal", () => {
  let t: TestApp;
  let admin: { cookie: string; email: string };
  const get = (path: string, cookie = admin.cookie) => t.request(path, { headers: { cookie } });
  const html = async (path: string) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    return res.text();
  };
  const rows = (page: string) => (page.match(/<tr>/g)?.length ?? 1) - 1;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn("admin", "admin.journal@example.org");
    // 120 events within a few microseconds, four to a timestamp: order must not depend on it.
    await t.db.exec(`INSERT INTO audit_events (at, actor_label, action, subject_type, subject_id, changes)
      SELECT timestamptz '2024-01-15 12:00:00+00' + (g / 4) * interval '1 microsecond',
             'bulk@example.org', 'bulk.test', 'Thing', g::text,
             jsonb_build_object('n', jsonb_build_object('from', g - 1, 'to', g))
        FROM generate_series(1, 120) AS g`);
    // 23:30 on 9 March 2024 in Toronto is already 10 March in UTC.
    await t.db.query(
      `INSERT INTO audit_events (at, actor_label, action, subject_type, subject_id)
       VALUES ('2024-03-10T04:30:00Z', 'zone@example.org', 'zone.test', 'Thing', 'z')`,
    );
    await t.db.query(
      `INSERT INTO audit_events (actor_label, action, subject_type, subject_id, changes)
       VALUES ($1, 'xss.test', $2, $3, $4)`,
      [
        "<script>alert(1)</script>",
        "<b>Type</b>",
        "<img src=x onerror=alert(2)>",
        JSON.stringify({ "<i>field</i>": { from: null, to: "<script>alert(3)</script>" } }),
      ],
    );
  });
  afterAll(() => t?.close());

  it("shows administrators the events of sign-up and sign-in, translated", async () => {
    const fr = await html(`/admin/journal?actor=${encodeURIComponent(admin.email)}`);
    expect(fr).toContain("<caption>");
    expect(fr).toContain('<th scope="col">Date et heure</th>');
    expect(fr).toContain("Ouverture de session");
    expect(fr).toContain("admin.journal@example.org");
    const en = await html("/en/admin/journal?action=user.create");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Account created");
    expect(en).toContain("<code>email</code>: (empty) → admin.journal@example.org");
    expect(en).toContain("Command line");
  });

  it("filters by exact action, by action prefix and by part of the actor", async () => {
    const opened = await html("/admin/journal?action=session.open");
    expect(opened).toContain("Ouverture de session");
    expect(opened).not.toContain("Création d’un compte");
    expect(rows(opened)).toBe(1);
    const users = await html("/admin/journal?action=user.*");
    expect(users).toContain("Création d’un compte");
    expect(users).toContain("Changement de mot de passe");
    expect(users).not.toContain("Ouverture de session");
    // The administrator's own events: the second factor's enrolment, then the session it opened.
    const actor = await html("/admin/journal?actor=ADMIN.JOURNAL");
    expect(rows(actor)).toBe(2);
    expect(actor).toContain("Activation du deuxième facteur");
    expect(actor).toContain("Ouverture de session");
  });

  it("reads dates as inclusive days in Toronto, and says when nothing matches", async () => {
    expect(rows(await html("/admin/journal?action=zone.test&from=2024-03-09&to=2024-03-09"))).toBe(
      1,
    );
    const next = await html("/admin/journal?action=zone.test&from=2024-03-10");
    expect(next).toContain("Aucun événement ne correspond à ces critères.");
    expect(next).not.toContain("<table>");
    const none = await html("/en/admin/journal?from=2000-01-01&to=2000-01-31");
    expect(none).toContain("No event matches these criteria.");
  });

  it("answers a bad date with the form and a localised message, not an error", async () => {
    const fr = await get("/admin/journal?from=2024-13-01&actor=dupont");
    expect(fr.status).toBe(422);
    const page = await fr.text();
    expect(page).toContain("Date invalide\u202f; format AAAA-MM-JJ.");
    expect(page).toContain('aria-invalid="true"');
    expect(page).toContain('value="dupont"');
    const en = await get("/en/admin/journal?to=yesterday");
    expect(await en.text()).toContain("Invalid date; format YYYY-MM-DD.");
  });

  it("pages by 50, newest first, with links that keep the filter", async () => {
    const first = await html("/admin/journal?action=bulk.test");
    expect(rows(first)).toBe(50);
    expect(first).toContain("120 événements");
    expect(first).toContain("Page 1 sur 3");
    expect(first).toContain('href="/admin/journal?action=bulk.test&amp;page=2" rel="next"');
    expect(first).toContain('href="/admin/journal.csv?action=bulk.test"');
    expect(first.indexOf(">120</code>")).toBeLessThan(first.indexOf(">119</code>"));
    const last = await html("/en/admin/journal?action=bulk.test&page=3");
    expect(rows(last)).toBe(20);
    expect(last).toContain('href="/en/admin/journal?action=bulk.test&amp;page=2" rel="prev"');
    expect(last).not.toContain('rel="next"');
  });

  it("escapes everything users typed or stored", async () => {
    const typed = encodeURIComponent('"><script>alert(4)</script>');
    const page = await html(`/admin/journal?action=xss.test&subjectType=${typed}`);
    expect(page).not.toMatch(/<script|<img|<b>|<i>/);
    expect(page).toContain("&quot;&gt;&lt;script&gt;alert(4)");
    const shown = await html("/admin/journal?action=xss.test");
    expect(shown).not.toMatch(/<script|<img|<b>|<i>/);
    expect(shown).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(shown).toContain("&lt;script&gt;alert(3)&lt;/script&gt;");
    expect(shown).toContain("&lt;i&gt;field&lt;/i&gt;");
  });

  it("refuses other roles (403) and asks the public to sign in (401)", async () => {
    const others = ROLES.filter((r): r is Exclude<Role, "admin"> => r !== "admin");
    for (const role of others) {
      const { cookie } = await t.signIn(role);
      for (const path of ["/admin/journal", "/admin/journal.csv", "/api/v1/audit"]) {
        expect((await get(path, cookie)).status, `${role} ${path}`).toBe(403);
      }
    }
    const anonymous = await t.request("/admin/journal");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain("Vous devez vous connecter");
    const en = await t.request("/en/admin/journal");
    expect(await en.text()).toContain("You must sign in to access this resource.");
    expect((await t.request("/admin/journal.csv")).status).toBe(401);
    const api = await t.request("/api/v1/audit");
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: { id: "unauthenticated" } });
  });
});
