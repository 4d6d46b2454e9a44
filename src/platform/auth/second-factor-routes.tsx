import type { Context } from "hono";
import { AppError, fail } from "../errors/app-error.ts";
import { access } from "../http/access.ts";
import type { Router } from "../http/router.ts";
import type { AppEnv } from "../http/types.ts";
import { localisedPath } from "../i18n/i18n.ts";
import { parseForm } from "../web/form-action.ts";
import { renderPage } from "../web/render.tsx";
import { clientIp } from "./client-ip.ts";
import { clearFailures, recordFailure } from "./commands.ts";
import { authText } from "./messages.ts";
import { LoginPage } from "./pages.tsx";
import { isThrottled } from "./queries.ts";
import { secondFactorCodeForm } from "./schema.ts";
import {
  CSRF_COOKIE,
  clearCookie,
  readCookie,
  SESSION_COOKIE,
  SIGN_IN_STEP_COOKIE,
  setSecretCookie,
} from "./session/cookies.ts";
import { completeEnrolment, completeSecondFactor } from "./totp/commands.ts";
import { totpText as t } from "./totp/messages.ts";
import { findChallenge, type SignInChallenge } from "./totp/queries.ts";
import { EnrolmentPage, RecoveryCodesPage, SecondFactorPage } from "./totp/second-factor-pages.tsx";
import { enrolmentQrSvg, enrolmentUri, groupedSecret } from "./totp/totp-code.ts";

/** The second step of a password sign-in for the roles that need it (see second-factor-commands). */
export function registerSecondFactorRoutes(router: Router): void {
  router.page("GET", "/connexion/second-facteur", access("read", "Session"), async (c) => {
    const challenge = await currentChallenge(c);
    if (!challenge) return expired(c);
    return challenge.pendingSecret ? enrolmentPage(c, challenge) : codePage(c);
  });
  router.page("POST", "/connexion/second-facteur", access("create", "Session"), (c) =>
    withCode(c, async (challenge, code) => {
      if (challenge.pendingSecret) return enrolmentPage(c, challenge);
      const done = await completeSecondFactor(c.var.deps.db, c.var.requestId, {
        challenge: readCookie(c, SIGN_IN_STEP_COOKIE) ?? "",
        code,
        ...sessionSettings(c),
      });
      startSession(c, done.session);
      return c.redirect(localisedPath(c.var.lang, target(challenge, done.next)), 303);
    }),
  );
  router.page("POST", "/connexion/second-facteur/activation", access("create", "Session"), (c) =>
    withCode(c, async (challenge, code) => {
      if (!challenge.pendingSecret) return codePage(c);
      const done = await completeEnrolment(c.var.deps.db, c.var.requestId, {
        challenge: readCookie(c, SIGN_IN_STEP_COOKIE) ?? "",
        code,
        ...sessionSettings(c),
      });
      startSession(c, done.session);
      return renderPage(
        c,
        t(c.var.lang, "recoveryTitle"),
        <RecoveryCodesPage
          lang={c.var.lang}
          codes={done.recoveryCodes}
          next={target(challenge, done.next)}
        />,
      );
    }),
  );
}

/**
 * Runs a code check with the sign-in throttle around it: the same counter as wrong passwords,
 * so guessing codes is no cheaper than guessing passwords. A wrong code changes nothing else.
 */
async function withCode(
  c: Context<AppEnv>,
  check: (challenge: SignInChallenge, code: string) => Promise<Response>,
): Promise<Response> {
  const { db, config, now: clock } = c.var.deps;
  const challenge = await currentChallenge(c);
  if (!challenge) return expired(c);
  const now = clock();
  const ip = clientIp(c);
  const settings = {
    maxFailures: config.loginMaxFailures,
    windowMinutes: config.loginWindowMinutes,
  };
  if (await isThrottled(db, challenge.email, ip, now, settings)) {
    throw fail("too_many_attempts", { minutes: config.loginWindowMinutes });
  }
  const { code } = await parseForm(c, secondFactorCodeForm);
  try {
    const response = await check(challenge, code);
    await clearFailures(db, challenge.email, now, settings);
    return response;
  } catch (error) {
    if (!(error instanceof AppError) || error.id !== "second_factor_invalid") throw error;
    await recordFailure(db, challenge.email, ip, now);
    const message = error.messageIn(c.var.lang);
    return challenge.pendingSecret
      ? enrolmentPage(c, challenge, message, 401)
      : codePage(c, message, 401);
  }
}

async function currentChallenge(c: Context<AppEnv>) {
  const secret = readCookie(c, SIGN_IN_STEP_COOKIE);
  return secret ? findChallenge(c.var.deps.db, secret, c.var.deps.now()) : undefined;
}

function expired(c: Context<AppEnv>) {
  clearCookie(c, SIGN_IN_STEP_COOKIE);
  return renderPage(
    c,
    authText(c.var.lang, "signInTitle"),
    <LoginPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      error={fail("sign_in_step_expired").messageIn(c.var.lang)}
      providers={c.var.deps.config.oidcProviders}
    />,
    401,
  );
}

const codePage = (c: Context<AppEnv>, error?: string, status: 200 | 401 = 200) =>
  renderPage(
    c,
    t(c.var.lang, "stepTitle"),
    <SecondFactorPage lang={c.var.lang} csrf={c.var.csrfToken} error={error} />,
    status,
  );

async function enrolmentPage(
  c: Context<AppEnv>,
  challenge: SignInChallenge,
  error?: string,
  status: 200 | 401 = 200,
) {
  const secret = challenge.pendingSecret ?? "";
  return renderPage(
    c,
    t(c.var.lang, "enrolTitle"),
    <EnrolmentPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      qrSvg={await enrolmentQrSvg(enrolmentUri(secret, challenge.email))}
      secret={groupedSecret(secret)}
      error={error}
    />,
    status,
  );
}

const sessionSettings = (c: Context<AppEnv>) => ({
  now: c.var.deps.now(),
  ttlHours: c.var.deps.config.sessionTtlHours,
  userAgent: c.req.header("user-agent"),
});

function startSession(c: Context<AppEnv>, session: { secret: string; expiresAt: Date }) {
  setSecretCookie(c, SESSION_COOKIE, session.secret, session.expiresAt);
  clearCookie(c, SIGN_IN_STEP_COOKIE);
  // A new form token for the new session: a token seen before sign-in is worth nothing after it.
  clearCookie(c, CSRF_COOKIE);
}

/** Where the password step would have gone: the change form first for a one-time password. */
const target = (challenge: SignInChallenge, next: string | null) =>
  challenge.mustChangePassword ? "/compte#mot-de-passe" : (next ?? "/");
