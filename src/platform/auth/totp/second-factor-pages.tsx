import { raw } from "hono/html";
import { formatDate } from "../../i18n/format.ts";
import { type Lang, localisedPath } from "../../i18n/i18n.ts";
import { Alert } from "../../web/alert.tsx";
import { Csrf } from "../../web/csrf-field.tsx";
import { totpText as t } from "./messages.ts";

const CodeField = ({ lang, autofocus }: { lang: Lang; autofocus?: boolean }) => (
  <div>
    <label for="code">{t(lang, "code")}</label>
    <input
      id="code"
      name="code"
      required
      autocomplete="one-time-code"
      autocapitalize="characters"
      spellcheck={false}
      maxlength={20}
      aria-describedby="code-hint"
      autofocus={autofocus}
    />
    <p class="hint" id="code-hint">
      {t(lang, "codeHint")}
    </p>
  </div>
);

/** Between the password and the session: the code from the app, or a recovery code. */
export function SecondFactorPage(p: { lang: Lang; csrf: string; error?: string | undefined }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "stepTitle")}</h1>
      <p class="lead">{t(lang, "stepIntro")}</p>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <form method="post" action={localisedPath(lang, "/connexion/second-facteur")} class="stacked">
        <Csrf token={p.csrf} />
        <CodeField lang={lang} autofocus />
        <div>
          <button type="submit">{t(lang, "verify")}</button>
        </div>
      </form>
      <p>
        <a href={localisedPath(lang, "/connexion")}>{t(lang, "restart")}</a>
      </p>
    </>
  );
}

/** First sign-in of a role that needs the factor: scan, type the first code, done. */
export function EnrolmentPage(p: {
  lang: Lang;
  csrf: string;
  qrSvg: string;
  secret: string;
  error?: string | undefined;
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "enrolTitle")}</h1>
      <p class="lead">{t(lang, "enrolIntro")}</p>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <ol class="steps">
        <li>{t(lang, "enrolStep1")}</li>
        <li>
          <p>{t(lang, "enrolStep2")}</p>
          <figure class="qr-code" role="img" aria-label={t(lang, "qrLabel")}>
            {raw(p.qrSvg)}
          </figure>
          <p>{t(lang, "enrolManual")}</p>
          <p>
            <code class="totp-secret" data-secret={p.secret.replace(/\s/g, "")}>
              {p.secret}
            </code>
          </p>
        </li>
        <li>
          <p>{t(lang, "enrolStep3")}</p>
          <form
            method="post"
            action={localisedPath(lang, "/connexion/second-facteur/activation")}
            class="stacked"
          >
            <Csrf token={p.csrf} />
            <CodeField lang={lang} />
            <div>
              <button type="submit">{t(lang, "enrolSubmit")}</button>
            </div>
          </form>
        </li>
      </ol>
    </>
  );
}

export const RecoveryCodeList = ({ codes }: { codes: string[] }) => (
  <ol class="recovery-codes">
    {codes.map((code) => (
      <li>
        <code>{code}</code>
      </li>
    ))}
  </ol>
);

/** Shown once, right after enrolment, before the session's first page. */
export function RecoveryCodesPage(p: { lang: Lang; codes: string[]; next: string }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "recoveryTitle")}</h1>
      <Alert kind="success">{t(lang, "recoveryIntro", { count: p.codes.length })}</Alert>
      <RecoveryCodeList codes={p.codes} />
      <p>
        <a class="button" href={localisedPath(lang, p.next)}>
          {t(lang, "continue")}
        </a>
      </p>
    </>
  );
}

/** The account page's part: the factor's state, and new recovery codes for a current code. */
export function SecondFactorSection(p: {
  lang: Lang;
  csrf: string;
  required: boolean;
  enrolledAt?: Date | undefined;
  unusedCodes: number;
  newCodes?: string[] | undefined;
}) {
  const { lang } = p;
  return (
    <>
      <h2 id="deuxieme-facteur">{t(lang, "sectionTitle")}</h2>
      <p>
        {p.enrolledAt
          ? t(lang, "sectionOn", { date: formatDate(lang, p.enrolledAt), count: p.unusedCodes })
          : t(lang, "sectionOff")}{" "}
        {p.required && t(lang, "sectionRequired")}
      </p>
      {p.newCodes && (
        <Alert kind="success">
          <p>{t(lang, "newCodesShown")}</p>
          <RecoveryCodeList codes={p.newCodes} />
        </Alert>
      )}
      {p.enrolledAt && (
        <form
          method="post"
          action={localisedPath(lang, "/compte/codes-de-secours")}
          class="stacked"
        >
          <Csrf token={p.csrf} />
          <p>{t(lang, "regenerateIntro")}</p>
          <div>
            <label for="regenerate-code">{t(lang, "code")}</label>
            <input
              id="regenerate-code"
              name="code"
              required
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength={6}
            />
          </div>
          <div>
            <button type="submit" class="secondary">
              {t(lang, "regenerate")}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
