import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv, Deps } from "../http/types.ts";
import type { Lang } from "../i18n/i18n.ts";
import { Policy } from "../policy/policy.ts";
import { type Actor, ANONYMOUS } from "../policy/roles.ts";
import { Layout } from "./layout.tsx";
import { renderPage } from "./render.tsx";

const policy = new Policy();
policy.allow("admin", "read", "AuditLog");

/** A page through renderPage, as the request pipeline would set it up. */
function app(actor: Actor, lang: Lang) {
  const hono = new Hono<AppEnv>();
  hono.use(async (c, next) => {
    c.set("deps", { policy } as unknown as Deps);
    c.set("lang", lang);
    c.set("pagePath", c.req.path.replace(/^\/en/, "") || "/");
    c.set("actor", actor);
    c.set("csrfToken", "jeton-de-formulaire-0123456789-abcdefghijklm");
    await next();
  });
  hono.get("*", (c) =>
    renderPage(c, `Titre « ${c.req.query("t") ?? ""} » <b>`, <p>Corps & {c.req.query("b")}</p>),
  );
  return hono;
}

/** The same page drawn whole, without the anonymous shell. */
function whole(lang: Lang, path: string, title: string, body: string) {
  return `<!DOCTYPE html>${(
    (
      <Layout
        lang={lang}
        title={title}
        pagePath={path}
        actor={ANONYMOUS}
        csrfToken=""
        canSeeAudit={false}
        canSeeMail={false}
        canManageData={false}
        canSeeAccounts={false}
        canApply={false}
        canReview={false}
      >
        <p>Corps & {body}</p>
      </Layout>
    )
  ).toString()}`;
}

describe("renderPage", () => {
  it("serves an anonymous reader, from the second request on, the very bytes of a whole render", async () => {
    for (const [lang, prefix] of [
      ["fr", ""],
      ["en", "/en"],
    ] as const) {
      const hono = app(ANONYMOUS, lang);
      for (const body of ["un", "<script>deux</script>"]) {
        const res = await hono.request(`${prefix}/criticite?t=x&b=${encodeURIComponent(body)}`);
        expect(await res.text()).toBe(whole(lang, "/criticite", "Titre « x » <b>", body));
      }
    }
  });

  it("keeps each page's own title and language switch apart", async () => {
    const hono = app(ANONYMOUS, "fr");
    const a = await (await hono.request("/declaration?t=a")).text();
    const b = await (await hono.request("/acces?t=b")).text();
    expect(a).toContain("<title>Titre « a » &lt;b&gt;");
    expect(a).toContain('href="/en/declaration"');
    expect(b).toContain("<title>Titre « b » &lt;b&gt;");
    expect(b).toContain('href="/en/acces"');
  });

  it("draws a signed-in reader's layout for them: their form token and their links", async () => {
    const admin: Actor = {
      kind: "user",
      id: "u1",
      email: "a@example.org",
      name: "A",
      role: "admin",
      via: "session",
    };
    const html = await (await app(admin, "fr").request("/criticite?t=x")).text();
    expect(html).toContain('value="jeton-de-formulaire-0123456789-abcdefghijklm"');
    expect(html).toContain('href="/admin/journal"');
    const anonymous = await (await app(ANONYMOUS, "fr").request("/criticite?t=x")).text();
    expect(anonymous).not.toContain("jeton-de-formulaire");
    expect(anonymous).not.toContain('href="/admin/journal"');
  });
});
