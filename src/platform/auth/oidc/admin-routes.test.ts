import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../app/testing/test-app.ts";

const form = (fields: Record<string, string>, cookie: string) => ({
  method: "POST",
  body: new URLSearchParams(fields),
  headers: { "content-type": "application/x-www-form-urlencoded", cookie },
});

describe("administrators see and unlink government identities", () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp["signIn"]>>;
  let agent: Awaited<ReturnType<TestApp["signIn"]>>;
  let identityId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn("admin");
    agent = await t.signIn("member-fr", "agent@interieur.gouv.fr");
    const [row] = await t.db.query<{ id: string }>(
      `INSERT INTO oidc_identities (provider, subject, user_id, email_at_link, linked_at, last_used_at)
       VALUES ('proconnect', 'sub-<b>42</b>', $1, 'agent@interieur.gouv.fr', now(), now()) RETURNING id`,
      [agent.user.id],
    );
    identityId = row?.id ?? "";
  });
  afterAll(() => t?.close());

  it("lists accounts with their number of identities, and a user's identities", async () => {
    const list = await t.request("/admin/utilisateurs", { headers: { cookie: admin.cookie } });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain(`href="/admin/utilisateurs/${agent.user.id}"`);
    const page = await t.request(`/en/admin/utilisateurs/${agent.user.id}`, {
      headers: { cookie: admin.cookie },
    });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Linked government identities");
    // The subject is the provider's value: shown escaped, never as markup.
    expect(html).toContain("sub-&lt;b&gt;42&lt;/b&gt;");
    expect(html).toContain("proconnect (service no longer configured)");
  });

  it("refuses the pages to other roles", async () => {
    const res = await t.request(`/admin/utilisateurs/${agent.user.id}`, {
      headers: { cookie: agent.cookie },
    });
    expect(res.status).toBe(403);
  });

  it("asks for confirmation, then unlinks and records it in the journal", async () => {
    const path = `/admin/utilisateurs/${agent.user.id}/identites/${identityId}/delier`;
    const confirm = await t.request(path, { headers: { cookie: admin.cookie } });
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toMatch(/Délier l’identité/);
    expect((await t.request(path, form({}, admin.cookie))).status).toBe(403);
    const done = await t.request(path, form({ _csrf: admin.csrf }, admin.cookie));
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(
      `/admin/utilisateurs/${agent.user.id}?delie=1#identites`,
    );
    expect(await t.db.query("SELECT 1 FROM oidc_identities")).toEqual([]);
    const events = await t.db.query<{ action: string; changes: unknown }>(
      "SELECT action, changes FROM audit_events WHERE action = 'oidc_identity.unlink'",
    );
    expect(events).toEqual([
      { action: "oidc_identity.unlink", changes: { identity: { from: "proconnect", to: null } } },
    ]);
    // Gone: the same address now answers 404.
    const again = await t.request(path, form({ _csrf: admin.csrf }, admin.cookie));
    expect(again.status).toBe(404);
  });
});
