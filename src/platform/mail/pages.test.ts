import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { enqueueMail } from "./commands.ts";
import { dispatchOutbox } from "./dispatch.ts";
import { mailTransportFromConfig } from "./transport.ts";

const REQUESTER = "jean.requerant@example.org";

describe("/admin/courriels", () => {
  let t: TestApp;
  let officer: string;
  let mailId: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = (await t.signIn("access-officer")).cookie;
    mailId = await t.db.transaction((tx) =>
      enqueueMail(tx, {
        to: REQUESTER,
        subject: "Décision <script>alert(1)</script> & suite",
        text: "Madame,\n<b>pas du HTML</b> & c’est tout.",
        attachments: [
          {
            filename: "décision 202311-76.pdf",
            contentType: "application/pdf",
            content: new Uint8Array([37, 80, 68, 70]),
          },
        ],
        subjectType: "AccessRequest",
        subjectId: "202311-76",
      }),
    );
    // The test app has no SMTP_URL: the dispatcher keeps the mail.
    await dispatchOutbox(t.db, mailTransportFromConfig(t.deps.config));
  });
  afterAll(() => t?.close());

  const get = (path: string, cookie?: string) =>
    t.request(path, { headers: cookie ? { cookie } : {} });

  it("lists the kept mail to an access officer, escaped, with a link to it", async () => {
    const res = await get("/admin/courriels", officer);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(REQUESTER);
    expect(html).toContain("Conservé, non envoyé");
    expect(html).toContain("Décision &lt;script&gt;alert(1)&lt;/script&gt; &amp; suite");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain(`href="/admin/courriels/${mailId}"`);
    expect(html).toContain("AccessRequest 202311-76");
    // The navigation offers the page to this role.
    expect(html).toContain('href="/admin/courriels">Courriels</a>');
  });

  it("shows one mail's text escaped and its attachment to download", async () => {
    const res = await get(`/en/admin/courriels/${mailId}`, officer);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("&lt;b&gt;pas du HTML&lt;/b&gt; &amp; c’est tout.");
    expect(html).not.toContain("<b>pas du HTML");
    expect(html).toContain("Kept, not sent");
    expect(html).toContain(
      `href="/en/admin/courriels/${mailId}/pieces/1">décision 202311-76.pdf</a>`,
    );

    const file = await get(`/admin/courriels/${mailId}/pieces/1`, officer);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toBe(
      `attachment; filename="decision 202311-76.pdf"; filename*=UTF-8''d%C3%A9cision%20202311-76.pdf`,
    );
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([37, 80, 68, 70]);
  });

  it("is open to administrators", async () => {
    const admin = (await t.signIn("admin")).cookie;
    expect((await get("/admin/courriels", admin)).status).toBe(200);
  });

  it("refuses members, reviewers and the public, and hides the link from them", async () => {
    const member = (await t.signIn("member-qc")).cookie;
    const reviewer = (await t.signIn("reviewer")).cookie;
    expect((await get("/admin/courriels", member)).status).toBe(403);
    expect((await get(`/admin/courriels/${mailId}`, reviewer)).status).toBe(403);
    expect((await get(`/admin/courriels/${mailId}/pieces/1`, member)).status).toBe(403);
    const anonymous = await get("/admin/courriels");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain(REQUESTER);
    const home = await (await get("/declaration", member)).text();
    expect(home).not.toContain("/admin/courriels");
  });

  it("answers 404 for an unknown mail or attachment and 422 for a bad page", async () => {
    expect(
      (await get("/admin/courriels/00000000-0000-4000-8000-000000000000", officer)).status,
    ).toBe(404);
    expect((await get("/admin/courriels/pas-un-id", officer)).status).toBe(404);
    expect((await get(`/admin/courriels/${mailId}/pieces/2`, officer)).status).toBe(404);
    expect((await get("/admin/courriels?page=0", officer)).status).toBe(422);
  });

  it("pages through the outbox, newest first", async () => {
    await t.db.transaction(async (tx) => {
      for (let i = 1; i <= 50; i++)
        await enqueueMail(tx, { to: `p${i}@example.org`, subject: `Avis n° ${i}`, text: "." });
    });
    await t.db.query(
      "UPDATE mail_outbox SET created_at = now() + (substring(subject from 'n° (\\d+)')::int || ' seconds')::interval WHERE subject LIKE 'Avis%'",
    );
    const first = await (await get("/admin/courriels", officer)).text();
    expect(first).toContain("51 courriels");
    expect(first.indexOf("Avis n° 50")).toBeLessThan(first.indexOf("Avis n° 49"));
    expect(first).not.toContain("Décision");
    expect(first).toContain('href="/admin/courriels?page=2"');
    const second = await (await get("/admin/courriels?page=2", officer)).text();
    expect(second).toContain("Décision");
    expect(second).not.toContain("Avis n°");
  });
});
