import type { OidcProvider } from "../../config/oidc.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { type Lang, localisedPath } from "../../i18n/i18n.ts";
import { ROLE_LABELS } from "../../policy/roles.ts";
import { Alert } from "../../web/alert.tsx";
import { Csrf } from "../../web/csrf-field.tsx";
import { oidcText as t } from "./messages.ts";
import type { AccountView, IdentityView } from "./present.ts";

/** One link per configured provider, on the sign-in page; `next` follows the sign-in. */
export function ProviderButtons(p: {
  lang: Lang;
  providers: OidcProvider[];
  next?: string | undefined;
}) {
  const { lang } = p;
  if (p.providers.length === 0) return null;
  const query = p.next ? `?${new URLSearchParams({ next: p.next })}` : "";
  return (
    <section aria-labelledby="oidc-providers">
      <p id="oidc-providers">{t(lang, "providersIntro")}</p>
      <ul class="actions">
        {p.providers.map((provider) => (
          <li>
            <a
              class="button"
              href={`${localisedPath(lang, `/connexion/oidc/${provider.id}`)}${query}`}
            >
              {t(lang, "signInWith", { label: provider.label[lang] })}
            </a>
          </li>
        ))}
      </ul>
      <p>{t(lang, "passwordIntro")}</p>
    </section>
  );
}

export function SignInFailedPage(p: { lang: Lang; message: string }) {
  return (
    <>
      <h1>{t(p.lang, "failedTitle")}</h1>
      <Alert kind="error">{p.message}</Alert>
      <p>
        <a href={localisedPath(p.lang, "/connexion")}>{t(p.lang, "backToSignIn")}</a>
      </p>
    </>
  );
}

export function UsersPage(p: { lang: Lang; users: AccountView[] }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "usersTitle")}</h1>
      <p class="lead">{t(lang, "usersIntro")}</p>
      <table>
        <caption class="visually-hidden">{t(lang, "usersTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "email")}</th>
            <th scope="col">{t(lang, "name")}</th>
            <th scope="col">{t(lang, "role")}</th>
            <th scope="col">{t(lang, "status")}</th>
            <th scope="col">{t(lang, "identityCount")}</th>
          </tr>
        </thead>
        <tbody>
          {p.users.map((u) => (
            <tr>
              <td>
                <a href={localisedPath(lang, `/admin/utilisateurs/${u.id}`)}>{u.email}</a>
              </td>
              <td>{u.name}</td>
              <td>{ROLE_LABELS[u.role][lang]}</td>
              <td>{u.disabled ? t(lang, "disabled") : t(lang, "active")}</td>
              <td>{u.identities}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function UserIdentitiesPage(p: {
  lang: Lang;
  user: AccountView;
  identities: IdentityView[];
  providers: OidcProvider[];
  notice?: string | undefined;
}) {
  const { lang, user } = p;
  return (
    <>
      <h1>{user.email}</h1>
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      <dl>
        <dt>{t(lang, "name")}</dt>
        <dd>{user.name}</dd>
        <dt>{t(lang, "role")}</dt>
        <dd>{ROLE_LABELS[user.role][lang]}</dd>
        <dt>{t(lang, "status")}</dt>
        <dd>{user.disabled ? t(lang, "disabled") : t(lang, "active")}</dd>
      </dl>
      <h2 id="identites">{t(lang, "identitiesTitle")}</h2>
      {p.identities.length === 0 ? (
        <p>{t(lang, "identitiesEmpty")}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t(lang, "identitiesTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "provider")}</th>
              <th scope="col">{t(lang, "subject")}</th>
              <th scope="col">{t(lang, "emailAtLink")}</th>
              <th scope="col">{t(lang, "linkedAt")}</th>
              <th scope="col">{t(lang, "lastUsed")}</th>
              <th scope="col">{t(lang, "actions")}</th>
            </tr>
          </thead>
          <tbody>
            {p.identities.map((i) => (
              <tr>
                <td>{providerName(lang, p.providers, i.provider)}</td>
                <td>
                  <code>{i.subject}</code>
                </td>
                <td>{i.emailAtLink}</td>
                <td>{formatDateTime(lang, i.linkedAt)}</td>
                <td>{formatDateTime(lang, i.lastUsedAt)}</td>
                <td>
                  <a
                    href={localisedPath(
                      lang,
                      `/admin/utilisateurs/${user.id}/identites/${i.id}/delier`,
                    )}
                  >
                    {t(lang, "unlink")}
                    <span class="visually-hidden"> {i.provider}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function UnlinkConfirmPage(p: {
  lang: Lang;
  csrf: string;
  userId: string;
  email: string;
  identity: IdentityView;
  providers: OidcProvider[];
}) {
  const { lang } = p;
  const provider = providerName(lang, p.providers, p.identity.provider);
  return (
    <>
      <h1>{t(lang, "unlinkTitle", { provider })}</h1>
      <p>{t(lang, "unlinkExplain", { email: p.email })}</p>
      <form
        method="post"
        action={localisedPath(
          lang,
          `/admin/utilisateurs/${p.userId}/identites/${p.identity.id}/delier`,
        )}
      >
        <Csrf token={p.csrf} />
        <button type="submit" class="danger">
          {t(lang, "confirmUnlink")}
        </button>{" "}
        <a href={localisedPath(lang, `/admin/utilisateurs/${p.userId}#identites`)}>
          {t(lang, "cancel")}
        </a>
      </form>
    </>
  );
}

/** A provider's label; one removed from the configuration keeps its id and says so. */
function providerName(lang: Lang, providers: OidcProvider[], id: string): string {
  const provider = providers.find((p) => p.id === id);
  return provider ? provider.label[lang] : `${id} ${t(lang, "unknownProvider")}`;
}
