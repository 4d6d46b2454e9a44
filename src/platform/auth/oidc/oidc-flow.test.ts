import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieValue, createTestApp, type TestApp } from "../../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../audit/commands.ts";
import { freePort } from "../../testing/free-port.ts";
import { createUser } from "../commands.ts";
import { startTestProvider, type TestAccount, type TestProvider } from "./test-provider.ts";

const APP = "http://localhost";
const callbackOf = (id: string) => `${APP}/connexion/oidc/${id}/retour`;

const AGENT: TestAccount = { email: "agente@example.org", emailVerified: true, name: "Agente" };
const UNVERIFIED: TestAccount = { email: "nonverifiee@example.org", emailVerified: false };
const OUTSIDER: TestAccount = { email: "externe@ailleurs.org", emailVerified: true };
const STRANGER: TestAccount = { email: "inconnue@example.org", emailVerified: true };
const FRENCH: TestAccount = { email: "agent-fr@example.org", emailVerified: true };
const ACCOUNTS = [AGENT, UNVERIFIED, OUTSIDER, STRANGER, FRENCH];

/** The provider's cookies, by name: enough for its login and consent steps. */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const header of res.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1);
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Follows the provider from the authorisation request to the redirect back to the app. */
async function atProvider(authorisationUrl: string, login: string): Promise<string> {
  const jar = new Jar();
  let url = authorisationUrl;
  for (let step = 0; step < 12 && !url.startsWith(`${APP}/`); step++) {
    let res = await fetch(url, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(res);
    if (res.status === 200 && new URL(url).pathname.startsWith("/interaction/")) {
      await res.text();
      res = await fetch(url, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ login }),
      });
      jar.take(res);
    }
    const location = res.headers.get("location");
    if (!location) throw new Error(`provider stopped at ${url}: ${res.status} ${await res.text()}`);
    await res.body?.cancel();
    url = new URL(location, url).href;
  }
  return url;
}

describe("government sign-in (OpenID Connect) against a real provider", () => {
  let t: TestApp;
  let op: TestProvider;
  let mixUp: TestProvider;
  let foreign: TestProvider;
  let shortLived: TestProvider;
  let shiftMs = 0;
  let agentId: string;

  beforeAll(async () => {
    const redirectUris = ["qc", "ailleurs", "court"].map(callbackOf);
    op = await startTestProvider({
      accounts: ACCOUNTS,
      redirectUris,
      postLogoutRedirectUris: [`${APP}/`],
    });
    mixUp = await startTestProvider({ accounts: ACCOUNTS, redirectUris });
    foreign = await startTestProvider({
      accounts: ACCOUNTS,
      redirectUris,
      announcedIssuer: "https://autre-emetteur.example",
    });
    shortLived = await startTestProvider({
      accounts: ACCOUNTS,
      redirectUris,
      idTokenTtlSeconds: 5,
    });
    const down = `http://127.0.0.1:${await freePort()}`;
    t = await createTestApp({
      now: () => new Date(Date.now() + shiftMs),
      env: {
        ...shortLived.env("court"),
        ...foreign.env("ailleurs"),
        ...op.env("panne", { issuer: down }),
        ...op.env("qc", { party: "qc", emailDomains: "example.org, gouv.example" }),
        ALLIAGE_OIDC_PROVIDERS: "qc,ailleurs,court,panne",
      },
    });
    const agent = await createUser(t.db, CLI_PERFORMER, {
      email: AGENT.email,
      role: "member-qc",
    });
    agentId = agent.id;
    for (const a of [UNVERIFIED, OUTSIDER])
      await createUser(t.db, CLI_PERFORMER, { email: a.email, role: "member-qc" });
    await createUser(t.db, CLI_PERFORMER, { email: FRENCH.email, role: "member-fr" });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    for (const p of [op, mixUp, foreign, shortLived]) await p?.stop();
  });

  const rows = async () => {
    const [counts] = await t.db.query<{ sessions: number; identities: number }>(
      `SELECT (SELECT count(*) FROM sessions)::int AS sessions,
              (SELECT count(*) FROM oidc_identities)::int AS identities`,
    );
    return counts as { sessions: number; identities: number };
  };

  /** Starts a sign-in at the app: the flow cookie and the provider address it redirects to. */
  async function begin(id: string, prefix = "") {
    const res = await t.request(`${prefix}/connexion/oidc/${id}`);
    expect(res.status).toBe(302);
    const flow = cookieValue(res, "alliage_oidc_flow") ?? "";
    expect(flow).not.toBe("");
    return { flow, authorisation: res.headers.get("location") ?? "" };
  }

  const back = (callback: string, flow: string) =>
    t.app.request(callback, { headers: { cookie: `alliage_oidc_flow=${flow}` } });

  /** A refusal: the localised message, no session cookie, and no row written. */
  async function expectRefused(res: Response, before: unknown, message: string | RegExp) {
    const html = await res.text();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(html).toMatch(message);
    expect(cookieValue(res, "alliage_session")).toBeUndefined();
    expect(await rows()).toEqual(before);
  }

  it("shows one button per provider on the sign-in page, French first, English second", async () => {
    const fr = await (await t.request("/connexion?next=/compte")).text();
    expect(fr).toContain("Se connecter avec Fournisseur d’essai qc");
    expect(fr).toContain('href="/connexion/oidc/qc?next=%2Fcompte"');
    const en = await (await t.request("/en/connexion")).text();
    expect(en).toContain("Sign in with Test provider qc");
    expect(en).toContain('href="/en/connexion/oidc/qc"');
  });

  it("links a first sign-in by verified address, then finds the account by subject", async () => {
    const before = await rows();
    const { flow, authorisation } = await begin("qc", "/en");
    const url = new URL(authorisation);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("nonce")).toBeTruthy();
    expect(url.searchParams.get("state")).toBeTruthy();
    const res = await back(await atProvider(authorisation, AGENT.email), flow);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/en");
    const session = cookieValue(res, "alliage_session") ?? "";
    expect(session).not.toBe("");
    expect(await rows()).toEqual({ sessions: before.sessions + 1, identities: 1 });
    const [identity] = await t.db.query<{ user_id: string; email_at_link: string }>(
      "SELECT user_id, email_at_link FROM oidc_identities WHERE provider = 'qc'",
    );
    expect(identity).toEqual({ user_id: agentId, email_at_link: AGENT.email });
    const audit = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY id",
      [agentId],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["oidc_identity.link", "session.open"]),
    );
    // The one-time password is voided and its gate lifted: the session reaches every page.
    const [user] = await t.db.query<{ must_change_password: boolean }>(
      "SELECT must_change_password FROM users WHERE id = $1",
      [agentId],
    );
    expect(user?.must_change_password).toBe(false);
    const home = await t.request("/compte", { headers: { cookie: `alliage_session=${session}` } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(AGENT.email);

    // The address changes at Alliage: the identity's subject still finds the account.
    await t.db.query("UPDATE users SET email = 'renommee@example.org' WHERE id = $1", [agentId]);
    const again = await begin("qc");
    const second = await back(await atProvider(again.authorisation, AGENT.email), again.flow);
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toBe("/");
    expect(await rows()).toEqual({ sessions: before.sessions + 2, identities: 1 });
    await t.db.query("UPDATE users SET email = $2 WHERE id = $1", [agentId, AGENT.email]);
  });

  it("signs out at the provider too (RP-initiated logout) with the ID token as hint", async () => {
    const { flow, authorisation } = await begin("qc");
    const res = await back(await atProvider(authorisation, AGENT.email), flow);
    const session = cookieValue(res, "alliage_session") ?? "";
    const signOut = cookieValue(res, "alliage_oidc_signout") ?? "";
    expect(signOut).toMatch(/^qc\./);
    const cookie = `alliage_session=${session}`;
    const csrf = await t.formToken(cookie);
    const out = await t.request("/deconnexion", {
      method: "POST",
      body: new URLSearchParams({ _csrf: csrf }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `${cookie}; alliage_oidc_signout=${signOut}`,
      },
    });
    expect(out.status).toBe(303);
    const target = new URL(out.headers.get("location") ?? "");
    expect(target.origin).toBe(op.issuer);
    expect(target.searchParams.get("id_token_hint")).toBe(signOut.slice(3));
    expect(target.searchParams.get("post_logout_redirect_uri")).toBe(`${APP}/`);
    const ended = await fetch(target, { redirect: "manual" });
    expect(ended.status).toBeLessThan(500);
  });

  it("refuses a replayed authorisation code", async () => {
    const { flow, authorisation } = await begin("qc");
    const callback = await atProvider(authorisation, AGENT.email);
    expect((await back(callback, flow)).status).toBe(303);
    const before = await rows();
    await expectRefused(await back(callback, flow), before, /déjà servi ou a expiré/);
    // Without the flow cookie (it was cleared by the first use), the state matches nothing.
    await expectRefused(await t.app.request(callback), before, /ne correspond à aucune connexion/);
  });

  it("refuses a response meant for another flow, and reports the provider's refusal", async () => {
    const before = await rows();
    const first = await begin("qc");
    // The browser's latest flow, started in English, answers in English.
    const second = await begin("qc", "/en");
    const callback = await atProvider(first.authorisation, AGENT.email);
    await expectRefused(await back(callback, second.flow), before, /matches no sign-in started/);
    const { flow, authorisation } = await begin("qc");
    const state = new URL(authorisation).searchParams.get("state") ?? "";
    const denied = new URL(callbackOf("qc"));
    denied.search = new URLSearchParams({
      error: "access_denied",
      state,
      iss: op.issuer,
    }).toString();
    await expectRefused(
      await back(denied.href, flow),
      before,
      /n’a pas autorisé la connexion \(access_denied\)/,
    );
  });

  it("refuses an ID token whose nonce is not the flow's", async () => {
    const before = await rows();
    const { flow, authorisation } = await begin("qc");
    const tampered = new URL(authorisation);
    tampered.searchParams.set("nonce", "un-autre-nonce");
    await expectRefused(
      await back(await atProvider(tampered.href, AGENT.email), flow),
      before,
      /nonce différent/,
    );
  });

  it("refuses an expired ID token", async () => {
    const before = await rows();
    const { flow, authorisation } = await begin("court");
    const callback = await atProvider(authorisation, AGENT.email);
    shiftMs = 2 * 60_000;
    try {
      await expectRefused(
        await back(callback, flow),
        before,
        /a expiré ou n’est pas encore valide/,
      );
    } finally {
      shiftMs = 0;
    }
  });

  it("refuses a response from another issuer (mix-up) and a foreign discovery document", async () => {
    const before = await rows();
    const { flow, authorisation } = await begin("qc");
    // The same request, answered by a second provider instance: its iss names it.
    const elsewhere = new URL(authorisation);
    const target = new URL(mixUp.issuer);
    elsewhere.host = target.host;
    await expectRefused(
      await back(await atProvider(elsewhere.href, AGENT.email), flow),
      before,
      /provient d’un autre émetteur/,
    );
    const discovery = await t.request("/connexion/oidc/ailleurs");
    await expectRefused(discovery, before, /provient d’un autre émetteur/);
  });

  it("refuses a disallowed domain, an unverified address, an unknown address and the other party", async () => {
    const before = await rows();
    for (const [account, message] of [
      [OUTSIDER, /n’appartient pas aux domaines admis/],
      [UNVERIFIED, /adresse non vérifiée/],
      [STRANGER, /Aucun compte actif n’a l’adresse inconnue@example.org/],
      [FRENCH, /identifie les agents d’une autre partie/],
    ] as const) {
      const { flow, authorisation } = await begin("qc");
      await expectRefused(
        await back(await atProvider(authorisation, account.email), flow),
        before,
        message,
      );
    }
  });

  it("answers an unknown provider with a localised 404 and a provider that is down with a page", async () => {
    const before = await rows();
    const fr = await t.request("/connexion/oidc/inconnu");
    expect(fr.status).toBe(404);
    expect(await fr.text()).toMatch(/Aucun fournisseur d’identité «\s?inconnu\s?»/);
    const en = await t.request("/en/connexion/oidc/inconnu");
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("No identity provider “inconnu”");
    const callback = await t.request("/connexion/oidc/inconnu/retour?code=x&state=y");
    expect(callback.status).toBe(404);
    // The provider's outage, said as such (503, with the way out), not a crash of the platform.
    const down = await t.request("/en/connexion/oidc/panne");
    expect(down.status).toBe(503);
    expect(await down.text()).toMatch(/is not responding right now.*sign in with your password/);
    expect(cookieValue(down, "alliage_oidc_flow")).toBeUndefined();
    expect(await rows()).toEqual(before);
  });
});
