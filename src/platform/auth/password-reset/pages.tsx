import type { FieldErrors } from "../../errors/app-error.ts";
import { type Lang, localise, localisedPath } from "../../i18n/i18n.ts";
import { Alert } from "../../web/alert.tsx";
import { Csrf } from "../../web/csrf-field.tsx";
import { EmailForm } from "../../web/email-form.tsx";
import type { FormState } from "../../web/fields.tsx";
import { authText } from "../messages.ts";
import { resetText as t } from "./messages.ts";

export const FORGOT_PATH = "/mot-de-passe-oublie";
export const NEW_PASSWORD_PATH = "/mot-de-passe-oublie/nouveau";

export function ForgotPage(p: { lang: Lang; csrf: string; form: FormState; sent: boolean }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "forgotTitle")}</h1>
      {p.sent ? (
        <Alert kind="success">{t(lang, "forgotSent")}</Alert>
      ) : (
        <p class="lead">{t(lang, "forgotIntro")}</p>
      )}
      <EmailForm
        lang={lang}
        csrf={p.csrf}
        form={p.form}
        action={FORGOT_PATH}
        label={authText(lang, "email")}
        submit={t(lang, "submitForgot")}
      />
    </>
  );
}

/**
 * Two password fields, typed alike, with the account page's hint: used here and at sign-up.
 */
export function NewPasswordFields(p: {
  lang: Lang;
  errors: FieldErrors;
  labels: { password: string; confirm: string };
}) {
  const { lang } = p;
  const error = (name: string) => {
    const texts = p.errors[name];
    return (
      texts && (
        <p class="field-error" id={`${name}-error`}>
          {localise(texts, lang)}
        </p>
      )
    );
  };
  const describedBy = (name: string, hint?: string) =>
    [hint, p.errors[name] && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <div>
        <label for="password">{p.labels.password}</label>
        <p id="password-hint" class="hint">
          {authText(lang, "newPasswordHint")}
        </p>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength={12}
          required
          aria-invalid={p.errors.password ? "true" : undefined}
          aria-describedby={describedBy("password", "password-hint")}
        />
        {error("password")}
      </div>
      <div>
        <label for="confirm">{p.labels.confirm}</label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autocomplete="new-password"
          required
          aria-invalid={p.errors.confirm ? "true" : undefined}
          aria-describedby={describedBy("confirm")}
        />
        {error("confirm")}
      </div>
    </>
  );
}

export function NewPasswordPage(p: {
  lang: Lang;
  csrf: string;
  token: string;
  error?: string | undefined;
  errors: FieldErrors;
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "newPasswordTitle")}</h1>
      <p class="lead">{t(lang, "newPasswordIntro")}</p>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <form method="post" action={localisedPath(lang, NEW_PASSWORD_PATH)} class="stacked">
        <Csrf token={p.csrf} />
        <input type="hidden" name="jeton" value={p.token} />
        <NewPasswordFields
          lang={lang}
          errors={p.errors}
          labels={{
            password: authText(lang, "newPassword"),
            confirm: authText(lang, "confirmPassword"),
          }}
        />
        <div>
          <button type="submit">{t(lang, "submitNewPassword")}</button>
        </div>
      </form>
    </>
  );
}

/** A link that cannot be used: unknown, or spent (expired or used), and where to get a new one. */
export function LinkProblemPage(p: {
  lang: Lang;
  state: "unknown" | "used" | "expired";
  again: { path: string; label: string };
}) {
  const { lang } = p;
  const unknown = p.state === "unknown";
  return (
    <>
      <h1>{t(lang, unknown ? "linkUnknownTitle" : "linkSpentTitle")}</h1>
      <Alert kind="error">{t(lang, unknown ? "linkUnknown" : "linkSpent")}</Alert>
      <p>
        <a href={localisedPath(lang, p.again.path)}>{p.again.label}</a>
      </p>
    </>
  );
}

export const linkProblemTitle = (lang: Lang, state: "unknown" | "used" | "expired") =>
  t(lang, state === "unknown" ? "linkUnknownTitle" : "linkSpentTitle");
