import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieValue, createTestApp, type TestApp } from "../../../app/testing/test-app.ts";
import { MAIL_REQUESTS } from "../password-reset/commands.ts";

const PASSWORD = "une phrase de passe solide";

describe("applicants' own accounts: sign-up, confirmation, sign-in", () => {
  let t: TestApp;
  let clock = new Date("2026-03-02T09:00:00Z");
  let ip = 0;
  beforeAll(async () => {
    // Each test posts from its own client address (a trusted proxy's header), so the limit per
    // address is tested where meant and nowhere else.
    t = await createTestApp({ now: () => clock, env: { TRUST_PROXY: "true" } });
  });
  afterAll(() => t?.close());

  async function post(path: string, fields: Record<string, string>, from = `192.0.2.${++ip}`) {
    const page = await t.request(path.replace(/\/(renvoyer|confirmer)$/, ""));
    const csrf = cookieValue(page, "alliage_csrf") ?? "";
    return t.request(path, {
      method: "POST",
      body: new URLSearchParams({ ...fields, _csrf: csrf }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `alliage_csrf=${csrf}`,
        "x-forwarded-for": from,
      },
    });
  }

  const signUp = (email: string, extra: Record<string, string> = {}, from?: string) =>
    post(
      "/inscription",
      {
        name: "Camille Tremblay",
        email,
        password: PASSWORD,
        confirm: PASSWORD,
        consent: "oui",
        ...extra,
      },
      from,
    );

  const signIn = (email: string, password = PASSWORD) => post("/connexion", { email, password });

  const mailsTo = (email: string) =>
    t.db.query<{ subject: string; body_text: string }>(
      "SELECT subject, body_text FROM mail_outbox WHERE to_address = $1 ORDER BY created_at, id",
      [email],
    );

  const linkIn = (body: string) => {
    const url = /https?:\/\/\S+\/inscription\/confirmer\?jeton=([\w-]+)/.exec(body);
    if (!url?.[1]) throw new Error("no confirmation link in the mail");
    return url[1];
  };

  const userCount = async () =>
    (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM users"))[0]?.n;

  it("signs up, mails a bilingual link, refuses sign-in until the address is confirmed", async () => {
    const email = "camille@example.org";
    const res = await signUp(email);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/inscription/envoye");
    const [user] = await t.db.query<{
      role: string;
      email_verified_at: Date | null;
      must_change_password: boolean;
    }>("SELECT role, email_verified_at, must_change_password FROM users WHERE email = $1", [email]);
    expect(user).toEqual({
      role: "applicant",
      email_verified_at: null,
      must_change_password: false,
    });

    const [mail, ...others] = await mailsTo(email);
    expect(others).toEqual([]);
    expect(mail?.subject).toBe(
      "Alliage\u00a0: confirmez votre adresse courriel / Alliage: confirm your e-mail address",
    );
    const body = mail?.body_text ?? "";
    expect(body.indexOf("Bonjour Camille Tremblay")).toBeLessThan(
      body.indexOf("Hello Camille Tremblay"),
    );
    const token = linkIn(body);
    // Only the token's hash is stored.
    const stored = await t.db.query("SELECT 1 FROM account_tokens WHERE token_hash = $1", [token]);
    expect(stored).toEqual([]);

    const early = await signIn(email);
    expect(early.status).toBe(403);
    expect(cookieValue(early, "alliage_session")).toBeUndefined();
    const html = await early.text();
    expect(html).toContain("pas encore confirmée");
    expect(html).toContain('action="/inscription/renvoyer"');

    const page = await t.request(`/inscription/confirmer?jeton=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("camille@example.org");
    const confirmed = await post("/inscription/confirmer", { jeton: token });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe("/connexion?confirme=1");
    expect(await (await t.request("/connexion?confirme=1")).text()).toContain("Adresse confirmée");

    const ok = await signIn(email);
    expect(ok.status).toBe(303);
    const session = cookieValue(ok, "alliage_session");
    const me = await t.request("/api/v1/me", { headers: { cookie: `alliage_session=${session}` } });
    expect(((await me.json()) as { role: string }).role).toBe("applicant");
  });

  it("refuses a used, an expired or an unknown link with its own page, and changes nothing", async () => {
    await signUp("dominique@example.org");
    const token = linkIn((await mailsTo("dominique@example.org"))[0]?.body_text ?? "");
    expect((await post("/inscription/confirmer", { jeton: token })).status).toBe(303);
    const again = await post("/inscription/confirmer", { jeton: token });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("déjà servi");
    expect((await t.request(`/en/inscription/confirmer?jeton=${token}`)).status).toBe(410);

    const unknown = await t.request("/en/inscription/confirmer?jeton=nothing-like-a-token");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("This link is not valid");

    await signUp("sacha@example.org");
    const late = linkIn((await mailsTo("sacha@example.org"))[0]?.body_text ?? "");
    clock = new Date(clock.getTime() + 49 * 3_600_000);
    const expired = await post("/inscription/confirmer", { jeton: late });
    expect(expired.status).toBe(410);
    const [row] = await t.db.query<{ email_verified_at: Date | null }>(
      "SELECT email_verified_at FROM users WHERE email = 'sacha@example.org'",
    );
    expect(row?.email_verified_at).toBeNull();
    expect((await signIn("sacha@example.org")).status).toBe(403);
  });

  it("sends a new link on request; the new one works and the old one no longer does", async () => {
    await signUp("noa@example.org");
    const first = linkIn((await mailsTo("noa@example.org"))[0]?.body_text ?? "");
    const res = await post("/inscription/renvoyer", { email: "Noa@Example.org" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/inscription/envoye?renvoi=1");
    const second = linkIn((await mailsTo("noa@example.org"))[1]?.body_text ?? "");
    expect((await post("/inscription/confirmer", { jeton: first })).status).toBe(410);
    expect((await post("/inscription/confirmer", { jeton: second })).status).toBe(303);
    // A confirmed account gets no more links, and the answer does not say so.
    const after = await post("/inscription/renvoyer", { email: "noa@example.org" });
    expect(after.headers.get("location")).toBe("/inscription/envoye?renvoi=1");
    expect(await mailsTo("noa@example.org")).toHaveLength(2);
  });

  it("answers a sign-up with a taken address exactly as a new one, and tells the owner", async () => {
    const owner = await t.signIn("member-qc", "owner@example.org");
    const before = await userCount();
    const taken = await signUp("OWNER@example.org", { name: "Someone Else" });
    const fresh = await signUp("newcomer@example.org", { name: "Someone Else" });
    expect(taken.status).toBe(fresh.status);
    expect(taken.headers.get("location")).toBe(fresh.headers.get("location"));
    expect(await taken.text()).toBe(await fresh.text());
    expect(await userCount()).toBe((before ?? 0) + 1);
    const [mail] = await mailsTo("owner@example.org");
    expect(mail?.subject).toContain("vous avez déjà un compte");
    expect(mail?.body_text).toContain("/mot-de-passe-oublie");
    // The owner's password and role are untouched: they still sign in as before.
    const [row] = await t.db.query<{ role: string }>("SELECT role FROM users WHERE id = $1", [
      owner.user.id,
    ]);
    expect(row?.role).toBe("member-qc");
  });

  it("refuses bad input with localised messages and writes nothing", async () => {
    const before = await userCount();
    const mails = await t.db.query("SELECT 1 FROM mail_outbox");
    const short = await signUp("short@example.org", { password: "court", confirm: "court" });
    expect(short.status).toBe(422);
    const html = await short.text();
    expect(html).toContain("au moins 12 caractères");
    expect(html).not.toContain('court"');
    const malformed = await post("/en/inscription", {
      name: "",
      email: "not-an-address",
      password: PASSWORD,
      confirm: "something else entirely",
    });
    expect(malformed.status).toBe(422);
    const text = await malformed.text();
    expect(text).toContain("Required field.");
    expect(text).toContain("Invalid format (email).");
    expect(text).toContain("The two passwords differ.");
    expect(text).toContain("Tick this box to create the account.");
    const nul = await signUp("nul@example.org", { name: "a\u0000b" });
    expect(nul.status).toBe(400);
    expect(await nul.text()).toContain("caractère");
    expect(await userCount()).toBe(before);
    expect(await t.db.query("SELECT 1 FROM mail_outbox")).toHaveLength(mails.length);
  });

  it("limits the sign-ups of one client address", async () => {
    const from = "198.51.100.7";
    for (let i = 0; i < MAIL_REQUESTS.perIp; i++)
      expect((await signUp(`burst${i}@example.org`, {}, from)).status).toBe(303);
    const over = await signUp("burst-over@example.org", {}, from);
    expect(over.status).toBe(429);
    expect(await over.text()).toContain("Trop de demandes");
    expect(await t.db.query("SELECT 1 FROM users WHERE email = 'burst-over@example.org'")).toEqual(
      [],
    );
    clock = new Date(clock.getTime() + 61 * 60_000);
    expect((await signUp("burst-over@example.org", {}, from)).status).toBe(303);
  });

  it("shows the sign-up page in both languages, with links from the sign-in page", async () => {
    const fr = await (await t.request("/inscription")).text();
    expect(fr).toContain("Créer un compte candidat");
    expect(fr).toContain("renseignements personnels");
    const en = await (await t.request("/en/inscription")).text();
    expect(en).toContain("Create an applicant account");
    const login = await (await t.request("/connexion")).text();
    expect(login).toContain('href="/inscription"');
    expect(login).toContain('href="/mot-de-passe-oublie"');
  });
});
