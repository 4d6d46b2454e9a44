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
import type { LinkBase } from "../password-reset/commands.ts";
import { checkAccountToken } from "../password-reset/queries.ts";
import { linkProblem } from "../password-reset/routes.tsx";
import { emailForm, tokenField } from "../password-reset/schema.ts";
import { CONFIRM_PATH, confirmEmail, resendConfirmation, signUp } from "./commands.ts";
import { signUpText as t } from "./messages.ts";
import {
  ConfirmPage,
  RESEND_PATH,
  SENT_PATH,
  SentPage,
  SIGN_UP_PATH,
  SignUpPage,
} from "./pages.tsx";
import { checkSignUp, confirmForm } from "./schema.ts";

/** Applicants open their own accounts; the address is proven by a link before any sign-in. */
export function registerRegistrationRoutes(router: Router): void {
  router.page("GET", SIGN_UP_PATH, access("read", "Registration"), (c) =>
    signUpPage(c, EMPTY_FORM),
  );
  router.page("POST", SIGN_UP_PATH, access("create", "Registration"), register);
  router.page("GET", SENT_PATH, access("read", "Registration"), (c) =>
    sentPage(c, EMPTY_FORM, c.req.query("renvoi") === "1"),
  );
  router.page("POST", RESEND_PATH, access("create", "Registration"), resend);
  router.page("GET", CONFIRM_PATH, access("read", "Registration"), async (c) => {
    const token = tokenField().parse(c.req.query("jeton"));
    const check = await checkAccountToken(c.var.deps.db, token, "verify_email", c.var.deps.now());
    if (check.state !== "valid") return refused(c, check.state);
    const lang = c.var.lang;
    return renderPage(
      c,
      t(lang, "confirmTitle"),
      <ConfirmPage lang={lang} csrf={c.var.csrfToken} token={token} email={check.email} />,
    );
  });
  router.page("POST", CONFIRM_PATH, access("update", "Registration"), async (c) => {
    const { jeton } = confirmForm.parse(await c.req.parseBody());
    const result = await confirmEmail(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
      token: jeton,
      now: c.var.deps.now(),
    });
    if (!result.ok) return refused(c, result.state);
    return c.redirect(localisedPath(c.var.lang, "/connexion?confirme=1"), 303);
  });
}

const links = (c: Context<AppEnv>): LinkBase => ({ site: siteUrl(c), lang: c.var.lang });

function signUpPage(c: Context<AppEnv>, form: FormState, status: 200 | 422 = 200) {
  const lang = c.var.lang;
  const error = status === 422 ? new AppError("validation_failed").messageIn(lang) : undefined;
  return renderPage(
    c,
    t(lang, "signUpTitle"),
    <SignUpPage lang={lang} csrf={c.var.csrfToken} form={form} error={error} />,
    status,
  );
}

function sentPage(c: Context<AppEnv>, form: FormState, resent: boolean, status: 200 | 422 = 200) {
  const lang = c.var.lang;
  return renderPage(
    c,
    t(lang, "sentTitle"),
    <SentPage lang={lang} csrf={c.var.csrfToken} form={form} resent={resent} />,
    status,
  );
}

/** Passwords are never sent back into the page. */
const shownValues = (body: Record<string, unknown>) => {
  const { password: _p, confirm: _c, ...values } = formValues(body);
  return values;
};

async function register(c: Context<AppEnv>) {
  const body = await c.req.parseBody();
  const checked = checkSignUp(body);
  if (!checked.ok) return signUpPage(c, { values: shownValues(body), errors: checked.errors }, 422);
  await signUp(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
    ...checked.data,
    ip: clientIp(c),
    now: c.var.deps.now(),
    links: links(c),
  });
  return c.redirect(localisedPath(c.var.lang, SENT_PATH), 303);
}

async function resend(c: Context<AppEnv>) {
  const body = await c.req.parseBody();
  const parsed = emailForm.safeParse(body);
  if (!parsed.success) {
    const form = { values: formValues(body), errors: fieldErrorsFrom(parsed.error.issues) };
    return sentPage(c, form, false, 422);
  }
  await resendConfirmation(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
    email: parsed.data.email,
    ip: clientIp(c),
    now: c.var.deps.now(),
    links: links(c),
  });
  return c.redirect(localisedPath(c.var.lang, `${SENT_PATH}?renvoi=1`), 303);
}

const refused = (c: Context<AppEnv>, state: "unknown" | "used" | "expired") =>
  linkProblem(c, state, { path: SENT_PATH, label: t(c.var.lang, "signUpAgain") });
