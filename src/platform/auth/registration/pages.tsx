import { type Lang, localise, localisedPath } from "../../i18n/i18n.ts";
import { Alert } from "../../web/alert.tsx";
import { Csrf } from "../../web/csrf-field.tsx";
import { EmailForm } from "../../web/email-form.tsx";
import { Field, type FormState } from "../../web/fields.tsx";
import { authText } from "../messages.ts";
import { NewPasswordFields } from "../password-reset/pages.tsx";
import { signUpText as t } from "./messages.ts";
import { CONSENT_VALUE } from "./schema.ts";

export const SIGN_UP_PATH = "/inscription";
export const SENT_PATH = "/inscription/envoye";
export const RESEND_PATH = "/inscription/renvoyer";

export function SignUpPage(p: { lang: Lang; csrf: string; form: FormState; error?: string }) {
  const { lang, form } = p;
  const consentError = form.errors.consent;
  return (
    <>
      <h1>{t(lang, "signUpTitle")}</h1>
      <p class="lead">{t(lang, "signUpIntro")}</p>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <form method="post" action={localisedPath(lang, SIGN_UP_PATH)} class="stacked">
        <Csrf token={p.csrf} />
        <Field
          lang={lang}
          form={form}
          name="name"
          label={t(lang, "name")}
          autocomplete="name"
          required
        />
        <Field
          lang={lang}
          form={form}
          name="email"
          type="email"
          label={authText(lang, "email")}
          autocomplete="email"
          required
        />
        <NewPasswordFields
          lang={lang}
          errors={form.errors}
          labels={{ password: authText(lang, "password"), confirm: t(lang, "confirmPassword") }}
        />
        <fieldset>
          <legend>{t(lang, "privacyTitle")}</legend>
          <p id="privacy-text">{t(lang, "privacyText")}</p>
          <div>
            <input
              id="consent"
              name="consent"
              type="checkbox"
              value={CONSENT_VALUE}
              required
              checked={form.values.consent === CONSENT_VALUE}
              aria-invalid={consentError ? "true" : undefined}
              aria-describedby={consentError ? "privacy-text consent-error" : "privacy-text"}
            />{" "}
            <label for="consent">{t(lang, "consent")}</label>
            {consentError && (
              <p class="field-error" id="consent-error">
                {localise(consentError, lang)}
              </p>
            )}
          </div>
        </fieldset>
        <div>
          <button type="submit">{t(lang, "submitSignUp")}</button>
        </div>
      </form>
      <p>
        {t(lang, "haveAccount")} <a href={localisedPath(lang, "/connexion")}>{t(lang, "signIn")}</a>
      </p>
    </>
  );
}

/** The answer to every sign-up, whoever owns the address; it offers a new link too. */
export function SentPage(p: { lang: Lang; csrf: string; form: FormState; resent: boolean }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "sentTitle")}</h1>
      <Alert kind="success">{t(lang, p.resent ? "resent" : "sentText")}</Alert>
      <h2>{t(lang, "resendTitle")}</h2>
      <p>{t(lang, "resendIntro")}</p>
      <ResendForm lang={lang} csrf={p.csrf} form={p.form} />
    </>
  );
}

export function ResendForm(p: { lang: Lang; csrf: string; form: FormState }) {
  return (
    <EmailForm
      lang={p.lang}
      csrf={p.csrf}
      form={p.form}
      action={RESEND_PATH}
      label={authText(p.lang, "email")}
      submit={t(p.lang, "submitResend")}
    />
  );
}

/** A link opened is not yet a link used: mail scanners open links too, so a button confirms. */
export function ConfirmPage(p: { lang: Lang; csrf: string; token: string; email: string }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "confirmTitle")}</h1>
      <p class="lead">{t(lang, "confirmIntro", { email: p.email })}</p>
      <form method="post" action={localisedPath(lang, "/inscription/confirmer")}>
        <Csrf token={p.csrf} />
        <input type="hidden" name="jeton" value={p.token} />
        <button type="submit">{t(lang, "submitConfirm")}</button>
      </form>
    </>
  );
}
