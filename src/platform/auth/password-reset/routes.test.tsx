import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cookieValue,
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
} from "../../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../audit/commands.ts";
import { createUser } from "../commands.ts";

const NEW_PASSWORD = "un tout nouveau mot de passe";

describe("password reset by e-mail", () => {
  let t: TestApp;
  let clock = new Date("2026-03-02T09:00:00Z");
  let ip = 0;
  beforeAll(async () => {
    t = await createTestApp({
      now: () => clock,
      env: { TRUST_PROXY: "true", LOGIN_MAX_FAILURES: "3" },
    });
  });
  afterAll(() => t?.close());

  async function post(path: string, fields: Record<string, string>, cookie = "") {
    const page = await t.request("/mot-de-passe-oublie");
    const csrf = cookieValue(page, "alliage_csrf") ?? "";
    return t.request(path, {
      method: "POST",
      body: new URLSearchParams({ ...fields, _csrf: csrf }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `alliage_csrf=${csrf}${cookie ? `; ${cookie}` : ""}`,
        "x-forwarded-for": `203.0.113.${++ip}`,
      },
    });
  }

  const askReset = (email: string, lang = "") => post(`${lang}/mot-de-passe-oublie`, { email });

  const resetMails = (email: string) =>
    t.db.query<{ subject: string; body_text: string }>(
      `SELECT subject, body_text FROM mail_outbox
        WHERE to_address = $1 AND body_text LIKE '%/mot-de-passe-oublie/nouveau%'
        ORDER BY created_at, id`,
      [email],
    );

  const tokenIn = (body: string | undefined) => {
    const token = /\/mot-de-passe-oublie\/nouveau\?jeton=([\w-]+)/.exec(body ?? "")?.[1];
    if (!token) throw new Error("no reset link in the mail");
    return token;
  };

  const signIn = (email: string, password: string) => post("/connexion", { email, password });

  it("mails a link that sets a new password once and closes every session", async () => {
    const s = await t.signIn("member-fr");
    expect((await t.request("/compte", { headers: { cookie: s.cookie } })).status).toBe(200);
    const res = await askReset(s.email);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/mot-de-passe-oublie?envoye=1");
    const [mail] = await resetMails(s.email);
    expect(mail?.subject).toBe(
      "Alliage\u00a0: choisir un nouveau mot de passe / Alliage: choose a new password",
    );
    const token = tokenIn(mail?.body_text);

    const form = await t.request(`/en/mot-de-passe-oublie/nouveau?jeton=${token}`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain("Choose a new password");

    const done = await post("/mot-de-passe-oublie/nouveau", {
      jeton: token,
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/connexion?reinitialise=1");
    // The session opened before the reset is gone.
    expect((await t.request("/api/v1/me", { headers: { cookie: s.cookie } })).status).toBe(401);
    expect((await signIn(s.email, TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(s.email, NEW_PASSWORD)).status).toBe(303);

    const reused = await post("/mot-de-passe-oublie/nouveau", {
      jeton: token,
      password: "encore un autre mot de passe",
      confirm: "encore un autre mot de passe",
    });
    expect(reused.status).toBe(410);
    expect((await signIn(s.email, NEW_PASSWORD)).status).toBe(303);

    const [event] = await t.db.query<{ subject_id: string; changes: unknown }>(
      "SELECT subject_id, changes FROM audit_events WHERE action = 'user.reset_password'",
    );
    expect(event?.subject_id).toBe(s.user.id);
    expect(JSON.stringify(event?.changes)).not.toContain("argon2");
  });

  it("answers the same for a known, an unknown and a disabled address, mailing only the known", async () => {
    const known = await createUser(t.db, CLI_PERFORMER, {
      email: "known@example.org",
      role: "reviewer",
    });
    await createUser(t.db, CLI_PERFORMER, { email: "gone@example.org", role: "reviewer" });
    await t.db.query("UPDATE users SET disabled_at = now() WHERE email = 'gone@example.org'");
    const answers = await Promise.all(
      ["known@example.org", "nobody@example.org", "gone@example.org"].map(async (email) => {
        const res = await askReset(email);
        return {
          status: res.status,
          location: res.headers.get("location"),
          body: await res.text(),
        };
      }),
    );
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(await resetMails(known.email)).toHaveLength(1);
    expect(await resetMails("nobody@example.org")).toEqual([]);
    expect(await resetMails("gone@example.org")).toEqual([]);
    const page = await t.request("/mot-de-passe-oublie?envoye=1");
    expect(await page.text()).toContain("Si un compte actif correspond");
  });

  it("keeps the second factor: an administrator still needs it after a reset", async () => {
    const admin = await t.signIn("admin");
    await askReset(admin.email);
    const token = tokenIn((await resetMails(admin.email))[0]?.body_text);
    await post("/mot-de-passe-oublie/nouveau", {
      jeton: token,
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    const res = await signIn(admin.email, NEW_PASSWORD);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/connexion/second-facteur");
    expect(cookieValue(res, "alliage_session")).toBeUndefined();
  });

  it("refuses an expired or unknown link, and a weak or mistyped password, changing nothing", async () => {
    const s = await t.signIn("reviewer");
    await askReset(s.email);
    const token = tokenIn((await resetMails(s.email))[0]?.body_text);

    const weak = await post("/mot-de-passe-oublie/nouveau", {
      jeton: token,
      password: "court",
      confirm: "différent",
    });
    expect(weak.status).toBe(422);
    const html = await weak.text();
    expect(html).toContain("au moins 12 caractères");
    expect(html).toContain("Les deux mots de passe diffèrent.");
    const nul = await post("/mot-de-passe-oublie/nouveau", {
      jeton: token,
      password: "un mot de passe\u0000 piégé",
      confirm: "un mot de passe\u0000 piégé",
    });
    expect(nul.status).toBe(400);
    expect((await signIn(s.email, TEST_PASSWORD)).status).toBe(303);

    const unknown = await t.request("/mot-de-passe-oublie/nouveau?jeton=abc");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Ce lien n’est pas valide");
    const missing = await t.request("/mot-de-passe-oublie/nouveau");
    expect(missing.status).toBe(400);

    clock = new Date(clock.getTime() + 61 * 60_000);
    expect((await t.request(`/mot-de-passe-oublie/nouveau?jeton=${token}`)).status).toBe(410);
    const late = await post("/mot-de-passe-oublie/nouveau", {
      jeton: token,
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(late.status).toBe(410);
    expect(await late.text()).toContain("a expiré ou a déjà servi");
    expect((await signIn(s.email, TEST_PASSWORD)).status).toBe(303);
  });

  it("lifts the sign-in lock that the forgotten password caused", async () => {
    const s = await t.signIn("member-qc");
    for (let i = 0; i < 3; i++) expect((await signIn(s.email, "pas le bon mot")).status).toBe(401);
    expect((await signIn(s.email, TEST_PASSWORD)).status).toBe(429);
    await askReset(s.email);
    await post("/mot-de-passe-oublie/nouveau", {
      jeton: tokenIn((await resetMails(s.email))[0]?.body_text),
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect((await signIn(s.email, NEW_PASSWORD)).status).toBe(303);
  });

  it("refuses a malformed address with a localised message and mails nothing", async () => {
    const before = await t.db.query("SELECT 1 FROM mail_outbox");
    const res = await askReset("pas une adresse", "/en");
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Invalid format (email).");
    expect(await t.db.query("SELECT 1 FROM mail_outbox")).toHaveLength(before.length);
  });

  it("limits the links asked for one address, known or not", async () => {
    for (const email of ["limit@example.org", "nolimit-nobody@example.org"]) {
      for (let i = 0; i < 3; i++) expect((await askReset(email)).status).toBe(303);
      const over = await askReset(email);
      expect(over.status).toBe(429);
    }
  });
});
