import type { Context } from "hono";
import { performerOf } from "../../audit/commands.ts";
import { AppError } from "../../errors/app-error.ts";
import { fieldErrorsFrom } from "../../errors/zod-issues.ts";
import { access } from "../../http/access.ts";
import type { Router } from "../../http/router.ts";
import type { AppEnv } from "../../http/types.ts";
import { localisedPath } from "../../i18n/i18n.ts";
import { EMPTY_FORM, type FormState, formValues } from "../../web/fields.tsx";
import { renderPage } from "../../web/render.tsx";
import { clientIp } from "../client-ip.ts";
import { siteUrl } from "../oidc/site-url.ts";
import { requestPasswordReset, resetPassword } from "./commands.ts";
import { resetText as t } from "./messages.ts";
import {
  FORGOT_PATH,
  ForgotPage,
  LinkProblemPage,
  linkProblemTitle,
  NEW_PASSWORD_PATH,
  NewPasswordPage,
} from "./pages.tsx";
import { checkAccountToken } from "./queries.ts";
import { emailForm, newPasswordForm, newPasswordProblems, tokenField } from "./schema.ts";

/** Any account with a password may set a new one through a link sent to its address. */
export function registerPasswordResetRoutes(router: Router): void {
  router.page("GET", FORGOT_PATH, access("read", "PasswordReset"), (c) =>
    forgotPage(c, EMPTY_FORM, c.req.query("envoye") === "1"),
  );
  router.page("POST", FORGOT_PATH, access("create", "PasswordReset"), requestLink);
  router.page("GET", NEW_PASSWORD_PATH, access("read", "PasswordReset"), async (c) => {
    const token = tokenField().parse(c.req.query("jeton"));
    const check = await checkAccountToken(c.var.deps.db, token, "reset_password", c.var.deps.now());
    if (check.state !== "valid") return linkProblem(c, check.state);
    return newPasswordPage(c, token, {});
  });
  router.page("POST", NEW_PASSWORD_PATH, access("update", "PasswordReset"), setPassword);
}

function forgotPage(c: Context<AppEnv>, form: FormState, sent = false, status: 200 | 422 = 200) {
  const lang = c.var.lang;
  return renderPage(
    c,
    t(lang, "forgotTitle"),
    <ForgotPage lang={lang} csrf={c.var.csrfToken} form={form} sent={sent} />,
    status,
  );
}

/** The same answer whether or not an account has the address: no one learns who has one. */
async function requestLink(c: Context<AppEnv>) {
  const body = await c.req.parseBody();
  const parsed = emailForm.safeParse(body);
  if (!parsed.success) {
    return forgotPage(
      c,
      { values: formValues(body), errors: fieldErrorsFrom(parsed.error.issues) },
      false,
      422,
    );
  }
  await requestPasswordReset(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
    email: parsed.data.email,
    ip: clientIp(c),
    now: c.var.deps.now(),
    links: { site: siteUrl(c), lang: c.var.lang },
  });
  return c.redirect(localisedPath(c.var.lang, `${FORGOT_PATH}?envoye=1`), 303);
}

function newPasswordPage(
  c: Context<AppEnv>,
  token: string,
  errors: Record<string, { fr: string; en: string }>,
  error?: string,
) {
  const lang = c.var.lang;
  return renderPage(
    c,
    t(lang, "newPasswordTitle"),
    <NewPasswordPage
      lang={lang}
      csrf={c.var.csrfToken}
      token={token}
      errors={errors}
      error={error}
    />,
    error ? 422 : 200,
  );
}

export function linkProblem(
  c: Context<AppEnv>,
  state: "unknown" | "used" | "expired",
  again = { path: FORGOT_PATH, label: t(c.var.lang, "askAgain") },
) {
  const lang = c.var.lang;
  return renderPage(
    c,
    linkProblemTitle(lang, state),
    <LinkProblemPage lang={lang} state={state} again={again} />,
    // 410 Gone: the link was good once; 400: it never was.
    state === "unknown" ? 400 : (410 as 400),
  );
}

async function setPassword(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const { jeton, password, confirm } = newPasswordForm.parse(await c.req.parseBody());
  const problems = newPasswordProblems(password, confirm);
  if (Object.keys(problems).length > 0) {
    const error = new AppError("validation_failed").messageIn(lang);
    return newPasswordPage(c, jeton, problems, error);
  }
  const result = await resetPassword(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
    token: jeton,
    password,
    now: c.var.deps.now(),
    throttle: {
      maxFailures: c.var.deps.config.loginMaxFailures,
      windowMinutes: c.var.deps.config.loginWindowMinutes,
    },
  });
  if (!result.ok) return linkProblem(c, result.state);
  return c.redirect(localisedPath(lang, "/connexion?reinitialise=1"), 303);
}
