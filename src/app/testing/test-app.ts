import pino from "pino";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { changePassword, createUser } from "../../platform/auth/commands.ts";
import { loadConfig } from "../../platform/config/env.ts";
import type { Db } from "../../platform/db/client.ts";
import type { Deps } from "../../platform/http/types.ts";
import type { Logger } from "../../platform/log/logger.ts";
import type { Role } from "../../platform/policy/roles.ts";
import type { TemplateName } from "../../platform/testing/global-setup.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { totpCodeAt } from "../../platform/testing/totp-code-at.ts";
import { createApp } from "../app.ts";
import { buildPolicy } from "../policy.ts";
import { seed } from "../seed.ts";

export const TEST_PASSWORD = "un mot de passe assez long";

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The real application on a fresh database, seeded, with helpers to sign in as any role. */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    now?: () => Date;
    template?: TemplateName;
    logger?: Logger;
  } = {},
) {
  const db: Db = await createTestDb(options.template);
  await seed(db);
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", ...options.env });
  const deps: Deps = {
    db,
    config,
    logger: options.logger ?? pino({ level: "silent" }),
    policy: buildPolicy(),
    now: options.now ?? (() => new Date()),
  };
  const { app, routes } = createApp(deps);
  const base = "http://localhost";

  const request = (path: string, init?: RequestInit) => app.request(`${base}${path}`, init);

  /** Creates a user with that role and a known password, signs in, returns cookies and token. */
  async function signIn(
    role: Role,
    email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`,
  ) {
    const user = await createUser(db, CLI_PERFORMER, { email, role, name: `Test ${role}` });
    await changePassword(db, CLI_PERFORMER, { userId: user.id, password: TEST_PASSWORD });
    const page = await request("/connexion");
    const csrf = cookieValue(page, "alliage_csrf");
    const body = new URLSearchParams({ email, password: TEST_PASSWORD, _csrf: csrf ?? "" });
    const res = await request("/connexion", {
      method: "POST",
      body,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `alliage_csrf=${csrf}`,
      },
    });
    const session = (await passSecondFactor(res, csrf ?? "", email)).session;
    if (!session) throw new Error(`sign-in failed for ${role}: ${res.status}`);
    const cookie = `alliage_session=${session}; alliage_csrf=${csrf}`;
    return { user, email, csrf: await formToken(cookie), cookie };
  }

  /** The authenticator app of each account: its key, and the last step whose code was used. */
  const apps = new Map<string, { secret: string; lastStep: number }>();

  /**
   * The roles that need a second factor enrol at their first sign-in, as a person would: the
   * key from the enrolment page, codes computed from it by the authenticator library (the next
   * code when this step's was already used, as a person waits for the next one).
   */
  async function passSecondFactor(
    passwordStep: Response,
    csrf: string,
    email: string,
  ): Promise<{ session: string | undefined; page?: string }> {
    const step = cookieValue(passwordStep, "alliage_sign_in");
    if (!step) return { session: cookieValue(passwordStep, "alliage_session") };
    const cookie = `alliage_csrf=${csrf}; alliage_sign_in=${step}`;
    const page = await (await request("/connexion/second-facteur", { headers: { cookie } })).text();
    const enrolling = /data-secret="([A-Z2-7]+)"/.exec(page)?.[1];
    const app = enrolling ? { secret: enrolling, lastStep: 0 } : apps.get(email);
    if (!app) throw new Error(`no authenticator app for ${email}`);
    const at = Math.max(deps.now().getTime(), (app.lastStep + 1) * 30_000);
    apps.set(email, { secret: app.secret, lastStep: Math.floor(at / 30_000) });
    const res = await request(
      enrolling ? "/connexion/second-facteur/activation" : "/connexion/second-facteur",
      {
        method: "POST",
        body: new URLSearchParams({ code: totpCodeAt(app.secret, new Date(at)), _csrf: csrf }),
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      },
    );
    return { session: cookieValue(res, "alliage_session"), page: await res.text() };
  }

  /** The form token a page gives that session (bound to it: see csrf.ts). */
  async function formToken(cookie: string): Promise<string> {
    const html = await (await request("/compte", { headers: { cookie } })).text();
    const token = /name="_csrf" value="([\w-]+)"/.exec(html)?.[1];
    if (!token) throw new Error("no form token on /compte");
    return token;
  }

  /**
   * The JSON API as a browser script calls it: the session cookie and the CSRF header when
   * signed in (`as`), the public otherwise; `lang` goes in Accept-Language.
   */
  const api = (
    method: string,
    path: string,
    options: {
      as?: { cookie: string; csrf: string } | undefined;
      body?: unknown;
      lang?: string;
    } = {},
  ) =>
    request(path, {
      method,
      headers: {
        accept: "application/json",
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
        ...(options.as ? { cookie: options.as.cookie, "x-csrf-token": options.as.csrf } : {}),
        ...(options.lang ? { "accept-language": options.lang } : {}),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });

  return {
    app,
    routes,
    db,
    deps,
    request,
    api,
    signIn,
    passSecondFactor,
    formToken,
    close: () => db.close(),
  };
}

export function cookieValue(res: Response, name: string): string | undefined {
  for (const header of res.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [key, ...value] = (pair ?? "").split("=");
    if (key?.trim() === name) return value.join("=");
  }
  return undefined;
}
