import type { Child } from "hono/jsx";
import { type Lang, localisedPath } from "../i18n/i18n.ts";
import type { Actor } from "../policy/roles.ts";
import { Csrf } from "./csrf-field.tsx";
import { ui } from "./messages.ts";
import { SectionNav } from "./section-nav.tsx";

export type LayoutProps = {
  lang: Lang;
  title: string;
  /** Current path without the /en prefix, so the language switch keeps the page. */
  pagePath: string;
  actor: Actor;
  csrfToken: string;
  canSeeAudit: boolean;
  canSeeMail: boolean;
  canManageData: boolean;
  canSeeAccounts: boolean;
  /** An applicant to calls for projects: their applications are one click away. */
  canApply: boolean;
  /** A reviewer: the applications assigned to them. */
  canReview: boolean;
  children: Child;
};

/** The page shell: landmarks, skip link, both parties shown as equals, language switch. */
export function Layout(props: LayoutProps) {
  const { lang, actor } = props;
  const other: Lang = lang === "fr" ? "en" : "fr";
  const href = (p: string) => localisedPath(lang, p);
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${ui(lang, "siteName")}`}</title>
        <link rel="stylesheet" href="/static/alliage.css" />
        {/* No favicon yet: an empty one spares every page a 404 for /favicon.ico. */}
        <link rel="icon" href="data:," />
        <link rel="alternate" hreflang={other} href={localisedPath(other, props.pagePath)} />
      </head>
      <body>
        <a class="skip-link" href="#contenu">
          {ui(lang, "skipToContent")}
        </a>
        <header class="site-header">
          <div class="brand">
            <a href={href("/")} class="brand-name">
              {ui(lang, "siteName")}
            </a>
            <span class="brand-tagline">{ui(lang, "tagline")}</span>
          </div>
          <a
            class="lang-switch"
            href={localisedPath(other, props.pagePath)}
            hreflang={other}
            lang={other}
            aria-label={ui(lang, "switchLanguageLabel")}
          >
            {ui(lang, "switchLanguage")}
          </a>
        </header>
        <nav class="site-nav" aria-label={ui(lang, "mainNav")}>
          <ul>
            <li>
              <a href={href("/declaration")}>{ui(lang, "navDeclaration")}</a>
            </li>
            <li>
              <a href={href("/criticite")}>{ui(lang, "navCriticality")}</a>
            </li>
            <li>
              <a href={href("/acces")}>{ui(lang, "navAccess")}</a>
            </li>
            <li>
              <a href={href("/cooperation")}>{ui(lang, "navCooperation")}</a>
            </li>
            <li>
              <a href={href("/appels")}>{ui(lang, "navCalls")}</a>
            </li>
            <li>
              <a href={href("/api/docs")}>{ui(lang, "navApi")}</a>
            </li>
            {props.canApply && (
              <li>
                <a href={href("/candidatures")}>{ui(lang, "navApplications")}</a>
              </li>
            )}
            {props.canReview && (
              <li>
                <a href={href("/evaluations")}>{ui(lang, "navReviews")}</a>
              </li>
            )}
            {props.canSeeAudit && (
              <li>
                <a href={href("/admin/journal")}>{ui(lang, "navAudit")}</a>
              </li>
            )}
            {props.canSeeMail && (
              <li>
                <a href={href("/admin/courriels")}>{ui(lang, "navMail")}</a>
              </li>
            )}
            {props.canManageData && (
              <li>
                <a href={href("/admin/donnees")}>{ui(lang, "navDatasets")}</a>
              </li>
            )}
            {props.canSeeAccounts && (
              <li>
                <a href={href("/admin/utilisateurs")}>{ui(lang, "navAccounts")}</a>
              </li>
            )}
          </ul>
          <div class="account">
            {actor.kind === "user" ? (
              <>
                <a href={href("/compte")}>{ui(lang, "navAccount")}</a>
                <form method="post" action={href("/deconnexion")} class="inline-form">
                  <Csrf token={props.csrfToken} />
                  <button type="submit">{ui(lang, "signOut")}</button>
                </form>
              </>
            ) : (
              <a href={href("/connexion")}>{ui(lang, "signIn")}</a>
            )}
          </div>
        </nav>
        <SectionNav lang={lang} pagePath={props.pagePath} />
        <main id="contenu" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>{ui(lang, "footerParties")}</p>
          <p>{ui(lang, "footerLicence")}</p>
        </footer>
      </body>
    </html>
  );
}
