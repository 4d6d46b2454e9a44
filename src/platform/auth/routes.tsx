import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { performerOf, runCommand } from "../audit/commands.ts";
import { AppError, fail } from "../errors/app-error.ts";
import { access } from "../http/access.ts";
import { isUuid } from "../http/ids.ts";
import type { Router } from "../http/router.ts";
import type { AppEnv } from "../http/types.ts";
import { localisedPath } from "../i18n/i18n.ts";
import { ROLES } from "../policy/roles.ts";
import { parseForm } from "../web/form-action.ts";
import { renderPage } from "../web/render.tsx";
import { clientIp } from "./client-ip.ts";
import {
  changePassword,
  clearFailures,
  createApiToken,
  recordFailure,
  revokeToken,
} from "./commands.ts";
import { authText as t } from "./messages.ts";
import { providerSignOutUrl } from "./oidc/logout.ts";
import { AccountPage, LoginPage, RevokeConfirmPage } from "./pages.tsx";
import { presentApiToken } from "./present.ts";
import {
  findOwnToken,
  findSignInUser,
  isThrottled,
  listTokens,
  passwordHashOf,
} from "./queries.ts";
import { apiTokenForm, passwordChangeForm, secondFactorCodeForm, signInForm } from "./schema.ts";
import { registerSecondFactorRoutes } from "./second-factor-routes.tsx";
import { closeSession, openSession } from "./session/commands.ts";
import {
  CSRF_COOKIE,
  clearCookie,
  readCookie,
  SESSION_COOKIE,
  SIGN_IN_STEP_COOKIE,
  setSecretCookie,
} from "./session/cookies.ts";
import { safeNext } from "./session/safe-next.ts";
import { verifyPassword } from "./session/secrets.ts";
import { accountSecondFactor } from "./totp/account-section.tsx";
import { beginSecondFactor, needsSecondFactor, regenerateRecoveryCodes } from "./totp/commands.ts";

export function registerAuthRoutes(router: Router): void {
  router.page("GET", "/connexion", access("read", "Session"), (c) =>
    renderPage(
      c,
      t(c.var.lang, "signInTitle"),
      <LoginPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        next={safeNext(c.req.query("next"))}
        notice={signInNotice(c)}
        providers={c.var.deps.config.oidcProviders}
      />,
    ),
  );
  router.page("POST", "/connexion", access("create", "Session"), signIn);
  router.page("POST", "/deconnexion", access("delete", "Session"), async (c) => {
    const secret = readCookie(c, SESSION_COOKIE);
    if (secret) await closeSession(c.var.deps.db, secret);
    clearCookie(c, SESSION_COOKIE);
    const atProvider = await providerSignOutUrl(c);
    return c.redirect(atProvider ?? localisedPath(c.var.lang, "/"), 303);
  });

  registerSecondFactorRoutes(router);
  router.page("GET", "/compte", access("read", "Account"), (c) => account(c, {}));
  router.page("POST", "/compte/codes-de-secours", access("update", "Account"), async (c) => {
    const actor = c.var.actor;
    if (actor.kind !== "user") throw fail("unauthenticated");
    const { db, config } = c.var.deps;
    const now = c.var.deps.now();
    const settings = {
      maxFailures: config.loginMaxFailures,
      windowMinutes: config.loginWindowMinutes,
    };
    // Codes guessed here count with those of the sign-in: a stolen session guesses no faster.
    if (await isThrottled(db, actor.email, clientIp(c), now, settings)) {
      throw fail("too_many_attempts", { minutes: config.loginWindowMinutes });
    }
    const { code } = await parseForm(c, secondFactorCodeForm);
    try {
      const newCodes = await regenerateRecoveryCodes(
        c.var.deps.db,
        performerOf(actor, c.var.requestId),
        {
          userId: actor.id,
          code,
          now: c.var.deps.now(),
        },
      );
      return account(c, { newCodes });
    } catch (error) {
      if (!(error instanceof AppError) || error.id !== "second_factor_invalid") throw error;
      await recordFailure(db, actor.email, clientIp(c), now);
      return account(c, { error: error.messageIn(c.var.lang) }, 401);
    }
  });
  router.page("POST", "/compte/mot-de-passe", access("update", "Account"), updatePassword);
  router.page("POST", "/compte/jetons", access("create", "ApiToken"), async (c) => {
    const { name, days } = await parseForm(c, apiTokenForm);
    const actor = c.var.actor;
    if (actor.kind !== "user") throw fail("unauthenticated");
    const n = days === "" ? undefined : Number(days);
    if (n !== undefined && (!Number.isInteger(n) || n < 1 || n > 3650)) {
      return account(c, { error: t(c.var.lang, "tokenDays") }, 422);
    }
    const { token } = await createApiToken(c.var.deps.db, performerOf(actor, c.var.requestId), {
      userId: actor.id,
      name,
      days: n,
      now: c.var.deps.now(),
    });
    return account(c, { newToken: token }, 201 as 200);
  });
  router.page("GET", "/compte/jetons/:id/revoquer", access("delete", "ApiToken"), async (c) => {
    const token = await ownToken(c);
    return renderPage(
      c,
      t(c.var.lang, "revoke"),
      <RevokeConfirmPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        id={token.id}
        name={token.name}
      />,
    );
  });
  router.page("POST", "/compte/jetons/:id/revoquer", access("delete", "ApiToken"), async (c) => {
    const token = await ownToken(c);
    const actor = c.var.actor;
    if (actor.kind !== "user") throw fail("unauthenticated");
    await runCommand(
      c.var.deps.db,
      performerOf(actor, c.var.requestId),
      "api_token.revoke",
      async ({ tx, audit }) => {
        if (await revokeToken(tx, actor.id, token.id, c.var.deps.now())) {
          await audit({
            subjectType: "ApiToken",
            subjectId: token.id,
            changes: { revoked: { from: false, to: true } },
          });
        }
      },
    );
    return account(c, { notice: t(c.var.lang, "tokenRevokedDone") });
  });

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/me",
      tags: ["Comptes / Accounts"],
      summary: "Le compte qui fait la requête / The account making the request",
      security: [{ bearer: [] }],
      responses: {
        200: {
          description: "Compte / Account",
          content: {
            "application/json": {
              schema: z.object({
                id: z.string(),
                email: z.string(),
                name: z.string(),
                role: z.enum(ROLES),
                via: z.enum(["session", "token"]),
              }),
            },
          },
        },
        401: { description: "Non authentifié / Not authenticated" },
      },
    }),
    access("read", "Account"),
    (c) => {
      const a = c.var.actor;
      if (a.kind !== "user") throw fail("unauthenticated");
      return c.json({ id: a.id, email: a.email, name: a.name, role: a.role, via: a.via }, 200);
    },
  );
}

async function signIn(c: Context<AppEnv>) {
  const { db, config, now: clock } = c.var.deps;
  const lang = c.var.lang;
  const form = await parseForm(c, signInForm);
  const { email, password } = form;
  const next = safeNext(form.next);
  const now = clock();
  const settings = {
    maxFailures: config.loginMaxFailures,
    windowMinutes: config.loginWindowMinutes,
  };
  const ip = clientIp(c);
  if (await isThrottled(db, email, ip, now, settings)) {
    throw fail("too_many_attempts", { minutes: config.loginWindowMinutes });
  }
  const user = await findSignInUser(db, email);
  // Without an account, verify against a dummy hash anyway so timing does not reveal which emails exist.
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
  if (!user || !ok) {
    await recordFailure(db, email, ip, now);
    const error = fail("invalid_credentials");
    return renderPage(
      c,
      t(lang, "signInTitle"),
      <LoginPage
        lang={lang}
        csrf={c.var.csrfToken}
        email={email}
        error={error.messageIn(lang)}
        next={next}
        providers={config.oidcProviders}
      />,
      401,
    );
  }
  if (!user.email_verified) {
    // Said only to whoever knows the password: the address's confirmation is still awaited.
    return renderPage(
      c,
      t(lang, "signInTitle"),
      <LoginPage
        lang={lang}
        csrf={c.var.csrfToken}
        email={email}
        error={t(lang, "emailUnverified")}
        unverified
        next={next}
        providers={config.oidcProviders}
      />,
      403,
    );
  }
  if (needsSecondFactor(user.role)) {
    // The password is right, but it opens only the second step; failures are not cleared yet.
    const challenge = await beginSecondFactor(db, { userId: user.id, next, now });
    setSecretCookie(c, SIGN_IN_STEP_COOKIE, challenge.secret, challenge.expiresAt);
    return c.redirect(localisedPath(lang, "/connexion/second-facteur"), 303);
  }
  const session = await runCommand(
    db,
    { actorId: user.id, label: email, requestId: c.var.requestId },
    "session.open",
    async ({ tx, audit }) => {
      await clearFailures(tx, email, now, settings);
      const opened = await openSession(
        tx,
        user.id,
        now,
        config.sessionTtlHours,
        c.req.header("user-agent"),
      );
      await audit({ subjectType: "User", subjectId: user.id });
      return opened;
    },
  );
  setSecretCookie(c, SESSION_COOKIE, session.secret, session.expiresAt);
  // A new form token for the new session: a token seen before sign-in is worth nothing after it.
  clearCookie(c, CSRF_COOKIE);
  const target = user.must_change_password ? "/compte#mot-de-passe" : (next ?? "/");
  return c.redirect(localisedPath(lang, target), 303);
}

/** The banner of the sign-in page after a password change or reset, or an address confirmed. */
function signInNotice(c: Context<AppEnv>): string | undefined {
  const lang = c.var.lang;
  if (c.req.query("changed") === "1") return t(lang, "passwordChanged");
  if (c.req.query("reinitialise") === "1") return t(lang, "passwordReset");
  if (c.req.query("confirme") === "1") return t(lang, "emailConfirmed");
  return undefined;
}

async function updatePassword(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (actor.kind !== "user") throw fail("unauthenticated");
  const lang = c.var.lang;
  const { current, password, confirm } = await parseForm(c, passwordChangeForm);
  const fieldErrors: Record<string, string> = {};
  const hash = await passwordHashOf(c.var.deps.db, actor.id);
  if (!(await verifyPassword(hash ?? DUMMY_HASH, current)))
    fieldErrors.current = t(lang, "wrongCurrent");
  if (password !== confirm) fieldErrors.confirm = t(lang, "passwordsDiffer");
  if (password.length < 12) fieldErrors.password = fail("weak_password").messageIn(lang);
  if (Object.keys(fieldErrors).length > 0) {
    return account(c, { error: fail("validation_failed").messageIn(lang), fieldErrors }, 422);
  }
  await changePassword(c.var.deps.db, performerOf(actor, c.var.requestId), {
    userId: actor.id,
    password,
  });
  clearCookie(c, SESSION_COOKIE);
  return c.redirect(localisedPath(lang, "/connexion?changed=1"), 303);
}

async function account(
  c: Context<AppEnv>,
  extra: {
    newToken?: string;
    notice?: string;
    error?: string;
    fieldErrors?: Record<string, string>;
    newCodes?: string[];
  },
  status: 200 | 401 | 422 = 200,
) {
  const actor = c.var.actor;
  if (actor.kind !== "user") throw fail("unauthenticated");
  const tokens = (await listTokens(c.var.deps.db, actor.id)).map(presentApiToken);
  const secondFactor = await accountSecondFactor(c, extra.newCodes);
  return renderPage(
    c,
    t(c.var.lang, "accountTitle"),
    <AccountPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      name={actor.name}
      email={actor.email}
      role={actor.role}
      expiresAt={c.var.session?.expiresAt}
      mustChange={c.var.session?.mustChangePassword ?? false}
      tokens={tokens}
      secondFactor={secondFactor}
      notice={extra.notice}
      error={extra.error}
      fieldErrors={extra.fieldErrors}
      newToken={extra.newToken}
    />,
    status,
  );
}

async function ownToken(c: Context<AppEnv>) {
  const actor = c.var.actor;
  const id = c.req.param("id") ?? "";
  if (actor.kind !== "user" || !isUuid(id)) throw fail("not_found");
  const token = await findOwnToken(c.var.deps.db, actor.id, id);
  if (!token) throw fail("not_found");
  return token;
}

// A valid argon2id hash of a random string: verifying against it costs what a real check costs.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$dB68cMj1gsBQwlCwmZLwaw$kQCQ0oNfmTJpmOJDaY/7SE9uuC2oZDHm/SP0PLgdMWk";
