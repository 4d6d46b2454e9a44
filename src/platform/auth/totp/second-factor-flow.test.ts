import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cookieValue,
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
} from "../../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../audit/commands.ts";
import { totpCodeAt } from "../../testing/totp-code-at.ts";
import { changePassword, createUser } from "../commands.ts";
import { resetSecondFactor } from "./commands.ts";

const form = (fields: Record<string, string>, cookie: string) => ({
  method: "POST",
  body: new URLSearchParams(fields),
  headers: { "content-type": "application/x-www-form-urlencoded", cookie },
});

/** An administrator's password sign-in through the second factor, on a clock the test moves. */
describe("second factor for administrators and access officers", () => {
  let t: TestApp;
  let clock = new Date("2026-12-06T10:00:05Z");
  const later = (seconds: number) => {
    clock = new Date(clock.getTime() + seconds * 1000);
  };
  const email = "admin-2fa@example.org";
  let userId = "";
  let secret = "";
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock });
    const user = await createUser(t.db, CLI_PERFORMER, { email, role: "admin" });
    userId = user.id;
    await changePassword(t.db, CLI_PERFORMER, { userId, password: TEST_PASSWORD });
  });
  afterAll(() => t?.close());

  /** The password step: the cookie of the step it opens (no session), and the form token. */
  async function password(who = email) {
    const anon = cookieValue(await t.request("/connexion"), "alliage_csrf") as string;
    const res = await t.request(
      "/connexion",
      form({ email: who, password: TEST_PASSWORD, _csrf: anon }, `alliage_csrf=${anon}`),
    );
    return {
      res,
      anon,
      cookie: `alliage_csrf=${anon}; alliage_sign_in=${cookieValue(res, "alliage_sign_in")}`,
    };
  }
  const send = (path: string, step: { anon: string; cookie: string }, code: string) =>
    t.request(path, form({ code, _csrf: step.anon }, step.cookie));
  const count = async (sql: string) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`))[0]?.n ?? 0;
  const sessions = () => count(`sessions WHERE user_id = '${userId}'`);

  it("opens no session on the password alone, and enrols with a QR code and a typed key", async () => {
    const step = await password();
    expect(step.res.status).toBe(303);
    expect(step.res.headers.get("location")).toBe("/connexion/second-facteur");
    expect(cookieValue(step.res, "alliage_session")).toBeUndefined();
    const page = await (
      await t.request("/connexion/second-facteur", { headers: { cookie: step.cookie } })
    ).text();
    expect(page).toContain("Activer le deuxième facteur");
    expect(page).toMatch(/<svg[^>]*>[\s\S]*<path/);
    secret = /data-secret="([A-Z2-7]+)"/.exec(page)?.[1] ?? "";
    expect(secret).toHaveLength(32);

    const wrong = await send("/connexion/second-facteur/activation", step, "000000");
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Ce code est incorrect");
    expect(await count("totp_factors")).toBe(0);

    const ok = await send("/connexion/second-facteur/activation", step, totpCodeAt(secret, clock));
    expect(ok.status).toBe(200);
    expect(cookieValue(ok, "alliage_session")).toBeTruthy();
    const html = await ok.text();
    recoveryCodes = [...html.matchAll(/<li><code>([0-9A-Z]{5}-[0-9A-Z]{5})<\/code><\/li>/g)].map(
      (m) => m[1] as string,
    );
    expect(recoveryCodes).toHaveLength(10);
    expect(await count(`totp_recovery_codes WHERE user_id = '${userId}'`)).toBe(10);
    const audit = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY at",
      [userId],
    );
    expect(audit.map((a) => a.action)).toContain("user.enrol_second_factor");
    // The step is single use: its cookie opens nothing more.
    const again = await send(
      "/connexion/second-facteur/activation",
      step,
      totpCodeAt(secret, clock),
    );
    expect(again.status).toBe(401);
    expect(await again.text()).toContain("Cette étape de connexion a expiré");
  });

  it("asks the enrolled account for a code, and refuses the code already used", async () => {
    const before = await sessions();
    const step = await password();
    const page = await (
      await t.request("/connexion/second-facteur", { headers: { cookie: step.cookie } })
    ).text();
    expect(page).toContain('autocomplete="one-time-code"');
    expect(page).not.toContain("data-secret");
    const replay = await send("/connexion/second-facteur", step, totpCodeAt(secret, clock));
    expect(replay.status).toBe(401);
    expect(await sessions()).toBe(before);
    later(30);
    const ok = await send("/connexion/second-facteur", step, totpCodeAt(secret, clock));
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/");
    expect(await sessions()).toBe(before + 1);
  });

  it("takes a recovery code once", async () => {
    const [code] = recoveryCodes as [string];
    const first = await password();
    expect((await send("/connexion/second-facteur", first, code.toLowerCase())).status).toBe(303);
    const second = await password();
    expect((await send("/connexion/second-facteur", second, code)).status).toBe(401);
    const account = await (
      await t.request("/compte", {
        headers: {
          cookie: `alliage_session=${cookieValue(await send("/connexion/second-facteur", second, recoveryCodes[1] as string), "alliage_session")}`,
        },
      })
    ).text();
    expect(account).toContain("Codes de secours inutilisés\u00a0: 8");
  });

  it("replaces the recovery codes for a current code, never for a wrong one", async () => {
    later(30);
    const step = await password();
    const done = await send("/connexion/second-facteur", step, totpCodeAt(secret, clock));
    const cookie = `alliage_session=${cookieValue(done, "alliage_session")}`;
    const csrf = await t.formToken(cookie);
    const unused = () =>
      count(`totp_recovery_codes WHERE user_id = '${userId}' AND used_at IS NULL`);
    const before = await unused();
    const wrong = await t.request(
      "/compte/codes-de-secours",
      form({ code: "000000", _csrf: csrf }, cookie),
    );
    expect(wrong.status).toBe(401);
    expect(await unused()).toBe(before);
    later(30);
    const ok = await t.request(
      "/compte/codes-de-secours",
      form({ code: totpCodeAt(secret, clock), _csrf: csrf }, cookie),
    );
    expect(ok.status).toBe(200);
    const fresh = [
      ...(await ok.text()).matchAll(/<li><code>([0-9A-Z]{5}-[0-9A-Z]{5})<\/code><\/li>/g),
    ];
    expect(fresh).toHaveLength(10);
    expect(await unused()).toBe(10);
    // An old code no longer works.
    const old = await password();
    expect((await send("/connexion/second-facteur", old, recoveryCodes[2] as string)).status).toBe(
      401,
    );
    await t.db.query("DELETE FROM login_failures");
  });

  it("locks after five wrong codes: the sixth, even right, is refused with 429 and opens nothing", async () => {
    later(60);
    const before = await sessions();
    const step = await password();
    for (let i = 0; i < 5; i++) {
      expect((await send("/connexion/second-facteur", step, "123456")).status).toBe(401);
    }
    const sixth = await send("/connexion/second-facteur", step, totpCodeAt(secret, clock));
    expect(sixth.status).toBe(429);
    expect(await sixth.text()).toContain("Trop de tentatives");
    expect(await sessions()).toBe(before);
    later(16 * 60);
  });

  it("expires the step after ten minutes", async () => {
    const step = await password();
    later(11 * 60);
    const res = await send("/connexion/second-facteur", step, totpCodeAt(secret, clock));
    expect(res.status).toBe(401);
    expect(await res.text()).toContain("Cette étape de connexion a expiré");
  });

  it("enrols again after a reset, which closes the account's sessions", async () => {
    expect(await sessions()).toBeGreaterThan(0);
    expect(await resetSecondFactor(t.db, CLI_PERFORMER, userId)).toBe(true);
    expect(await sessions()).toBe(0);
    expect(await count(`totp_recovery_codes WHERE user_id = '${userId}'`)).toBe(0);
    const step = await password();
    const page = await (
      await t.request("/connexion/second-facteur", { headers: { cookie: step.cookie } })
    ).text();
    expect(page).toContain("data-secret");
  });

  it("asks nothing more of a member: the password opens the session", async () => {
    const member = await createUser(t.db, CLI_PERFORMER, {
      email: "membre@example.org",
      role: "member-qc",
    });
    await changePassword(t.db, CLI_PERFORMER, { userId: member.id, password: TEST_PASSWORD });
    const step = await password("membre@example.org");
    expect(cookieValue(step.res, "alliage_session")).toBeTruthy();
    expect(cookieValue(step.res, "alliage_sign_in")).toBeUndefined();
  });

  it("speaks English on the English path", async () => {
    const anon = cookieValue(await t.request("/en/connexion"), "alliage_csrf") as string;
    const res = await t.request(
      "/en/connexion",
      form({ email, password: TEST_PASSWORD, _csrf: anon }, `alliage_csrf=${anon}`),
    );
    expect(res.headers.get("location")).toBe("/en/connexion/second-facteur");
    const cookie = `alliage_csrf=${anon}; alliage_sign_in=${cookieValue(res, "alliage_sign_in")}`;
    const page = await (
      await t.request("/en/connexion/second-facteur", { headers: { cookie } })
    ).text();
    expect(page).toContain("Set up the second factor");
    const wrong = await t.request(
      "/en/connexion/second-facteur/activation",
      form({ code: "000000", _csrf: anon }, cookie),
    );
    expect(await wrong.text()).toContain("This code is wrong");
  });
});
