import type { OidcProvider } from "../config/oidc.ts";
import { formatDate, formatDateTime } from "../i18n/format.ts";
import { type Lang, localisedPath } from "../i18n/i18n.ts";
import { ROLE_LABELS, type Role } from "../policy/roles.ts";
import { Alert } from "../web/alert.tsx";
import { Csrf } from "../web/csrf-field.tsx";
import { authText as t } from "./messages.ts";
import { ProviderButtons } from "./oidc/pages.tsx";
import type { ApiTokenView } from "./present.ts";

export function LoginPage(p: {
  lang: Lang;
  csrf: string;
  email?: string;
  error?: string;
  notice?: string | undefined;
  next?: string | undefined;
  providers?: OidcProvider[];
  /** The password was right but the address is unconfirmed: offer a new confirmation link. */
  unverified?: boolean;
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "signInTitle")}</h1>
      <p class="lead">{t(lang, "signInIntro")}</p>
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      {p.error && (
        <Alert kind="error">
          {p.error}
          {p.unverified && (
            <form method="post" action={localisedPath(lang, "/inscription/renvoyer")}>
              <Csrf token={p.csrf} />
              <input type="hidden" name="email" value={p.email ?? ""} />
              <p>
                <button type="submit">{t(lang, "resendLink")}</button>
              </p>
            </form>
          )}
        </Alert>
      )}
      <ProviderButtons lang={lang} providers={p.providers ?? []} next={p.next} />
      <form method="post" action={localisedPath(lang, "/connexion")} class="stacked">
        <Csrf token={p.csrf} />
        {p.next && <input type="hidden" name="next" value={p.next} />}
        <div>
          <label for="email">{t(lang, "email")}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            required
            value={p.email ?? ""}
          />
        </div>
        <div>
          <label for="password">{t(lang, "password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
          />
        </div>
        <div>
          <button type="submit">{t(lang, "submitSignIn")}</button>
        </div>
      </form>
      <p>
        <a href={localisedPath(lang, "/mot-de-passe-oublie")}>{t(lang, "forgotPassword")}</a>
        {" · "}
        <a href={localisedPath(lang, "/inscription")}>{t(lang, "createAccount")}</a>
      </p>
    </>
  );
}

export type AccountView = {
  lang: Lang;
  csrf: string;
  name: string;
  email: string;
  role: Role;
  expiresAt?: Date | undefined;
  mustChange: boolean;
  tokens: ApiTokenView[];
  newToken?: string;
  notice?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** The second factor's section (totp/), drawn by its own feature. */
  secondFactor?: unknown;
};

export function AccountPage(v: AccountView) {
  const { lang } = v;
  return (
    <>
      <h1>{t(lang, "accountTitle")}</h1>
      {v.mustChange && <Alert kind="info">{t(lang, "mustChange")}</Alert>}
      {v.notice && <Alert kind="success">{v.notice}</Alert>}
      {v.error && <Alert kind="error">{v.error}</Alert>}
      <dl>
        <dt>{t(lang, "name")}</dt>
        <dd>{v.name}</dd>
        <dt>{t(lang, "email")}</dt>
        <dd>{v.email}</dd>
        <dt>{t(lang, "role")}</dt>
        <dd>{ROLE_LABELS[v.role][lang]}</dd>
      </dl>
      {v.expiresAt && (
        <p class="hint">{t(lang, "sessionExpires", { date: formatDateTime(lang, v.expiresAt) })}</p>
      )}

      <PasswordForm lang={lang} csrf={v.csrf} fieldErrors={v.fieldErrors} />
      {v.secondFactor}

      {/* Until the one-time password is changed, no token can be created (see password-gate). */}
      {!v.mustChange && <TokensSection {...v} />}
    </>
  );
}

function TokensSection(v: AccountView) {
  const { lang } = v;
  const when = (d: Date | null, empty: string) => (d ? formatDateTime(lang, d) : empty);
  return (
    <>
      <h2 id="jetons">{t(lang, "tokensTitle")}</h2>
      <p>{t(lang, "tokensIntro")}</p>
      {v.newToken && (
        <Alert kind="success">
          <p>{t(lang, "newTokenShown")}</p>
          <pre>
            <code>{v.newToken}</code>
          </pre>
        </Alert>
      )}
      {v.tokens.length === 0 ? (
        <p>{t(lang, "tokensEmpty")}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t(lang, "tokensTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "tokenName")}</th>
              <th scope="col">{t(lang, "tokenPrefix")}</th>
              <th scope="col">{t(lang, "tokenCreatedAt")}</th>
              <th scope="col">{t(lang, "tokenLastUsed")}</th>
              <th scope="col">{t(lang, "tokenExpires")}</th>
              <th scope="col">{t(lang, "tokenStatus")}</th>
              <th scope="col">{t(lang, "actions")}</th>
            </tr>
          </thead>
          <tbody>
            {v.tokens.map((tok) => (
              <tr>
                <td>{tok.name}</td>
                <td>
                  <code>{tok.prefix}…</code>
                </td>
                <td>{formatDateTime(lang, tok.createdAt)}</td>
                <td>{when(tok.lastUsedAt, t(lang, "never"))}</td>
                <td>{tok.expiresAt ? formatDate(lang, tok.expiresAt) : t(lang, "none")}</td>
                <td>{tok.revoked ? t(lang, "tokenRevoked") : t(lang, "tokenActive")}</td>
                <td>
                  {!tok.revoked && (
                    <a href={localisedPath(lang, `/compte/jetons/${tok.id}/revoquer`)}>
                      {t(lang, "revoke")}
                      <span class="visually-hidden"> {tok.name}</span>
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action={localisedPath(lang, "/compte/jetons")} class="stacked">
        <Csrf token={v.csrf} />
        <div>
          <label for="token-name">{t(lang, "tokenName")}</label>
          <input id="token-name" name="name" required maxlength={100} />
        </div>
        <div>
          <label for="token-days">{t(lang, "tokenDays")}</label>
          <input id="token-days" name="days" type="number" min={1} max={3650} inputmode="numeric" />
        </div>
        <div>
          <button type="submit">{t(lang, "createToken")}</button>
        </div>
      </form>
    </>
  );
}

/** The password change form: on the account page, and in place of any page until it is used. */
export function PasswordForm(p: {
  lang: Lang;
  csrf: string;
  fieldErrors?: Record<string, string> | undefined;
}) {
  const { lang } = p;
  return (
    <>
      <h2 id="mot-de-passe">{t(lang, "changePasswordTitle")}</h2>
      <form method="post" action={localisedPath(lang, "/compte/mot-de-passe")} class="stacked">
        <Csrf token={p.csrf} />
        <div>
          <label for="current">{t(lang, "currentPassword")}</label>
          <input
            id="current"
            name="current"
            type="password"
            autocomplete="current-password"
            required
          />
          {p.fieldErrors?.current && <p class="field-error">{p.fieldErrors.current}</p>}
        </div>
        <div>
          <label for="password">{t(lang, "newPassword")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            minlength={12}
            required
            aria-describedby="password-hint"
          />
          <p id="password-hint" class="hint">
            {t(lang, "newPasswordHint")}
          </p>
          {p.fieldErrors?.password && <p class="field-error">{p.fieldErrors.password}</p>}
        </div>
        <div>
          <label for="confirm">{t(lang, "confirmPassword")}</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
          {p.fieldErrors?.confirm && <p class="field-error">{p.fieldErrors.confirm}</p>}
        </div>
        <div>
          <button type="submit">{t(lang, "submitChange")}</button>
        </div>
      </form>
    </>
  );
}

/** What every page answers while the one-time password has not been changed (sign-out stays in the header). */
export function ChangePasswordFirstPage(p: { lang: Lang; csrf: string }) {
  return (
    <>
      <h1>{t(p.lang, "accountTitle")}</h1>
      <Alert kind="info">{t(p.lang, "mustChange")}</Alert>
      <PasswordForm lang={p.lang} csrf={p.csrf} />
    </>
  );
}

/** A destructive action asks first; without JavaScript this is its own page. */
export function RevokeConfirmPage(p: { lang: Lang; csrf: string; id: string; name: string }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "revokeConfirm", { name: p.name })}</h1>
      <form method="post" action={localisedPath(lang, `/compte/jetons/${p.id}/revoquer`)}>
        <Csrf token={p.csrf} />
        <button type="submit" class="danger">
          {t(lang, "revoke")}
        </button>{" "}
        <a href={localisedPath(lang, "/compte#jetons")}>{lang === "fr" ? "Annuler" : "Cancel"}</a>
      </form>
    </>
  );
}
