import type { Context } from "hono";
import { currentDeclaration } from "../declaration/queries.ts";
import { access } from "../platform/http/access.ts";
import type { Router } from "../platform/http/router.ts";
import type { AppEnv } from "../platform/http/types.ts";
import { localisedPath } from "../platform/i18n/i18n.ts";
import { renderPage } from "../platform/web/render.tsx";
import { versionedFragment } from "../platform/web/versioned-fragment.ts";
import { homeText as t } from "./messages.ts";
import type { Tool } from "./offer.ts";
import { ForEveryone, NextSteps, PrioritiesOffer } from "./pages.tsx";

/** Each next step with the rule that decides whether the user sees it. */
const STEPS: (Tool & { action: string; subject: string })[] = [
  {
    label: "newProject",
    path: "/cooperation/projets/nouveau",
    action: "create",
    subject: "Project",
  },
  { label: "newCall", path: "/appels/nouveau", action: "create", subject: "Call" },
  { label: "register", path: "/acces/demandes", action: "read", subject: "AccessRequest" },
  { label: "audit", path: "/admin/journal", action: "read", subject: "AuditLog" },
  { label: "datasets", path: "/admin/donnees", action: "read", subject: "Dataset" },
  { label: "rates", path: "/admin/taux-de-change", action: "create", subject: "ExchangeRate" },
  { label: "account", path: "/compte", action: "read", subject: "Account" },
];

/** The home page: what the platform offers for each line of the declaration, then by role. */
export function registerHome(router: Router): void {
  router.page("GET", "/", access("read", "Declaration"), showHome);
}

async function showHome(c: Context<AppEnv>) {
  const { lang, actor, deps } = c.var;
  const declaration = await currentDeclaration(deps.db);
  const offer = declaration
    ? await versionedFragment(deps.db, "declaration", `home|${lang}`, () => (
        <PrioritiesOffer lang={lang} declaration={declaration} />
      ))
    : undefined;
  const steps =
    actor.kind === "user"
      ? STEPS.filter((s) => deps.policy.can(actor, s.action, s.subject))
      : undefined;
  return renderPage(
    c,
    t(lang, "pageTitle"),
    <>
      <h1>{t(lang, "heading")}</h1>
      <p class="lead">{t(lang, "lead")}</p>
      <p>
        <a class="button" href={localisedPath(lang, "/declaration")}>
          {t(lang, "readDeclaration")}
        </a>
      </p>
      {offer}
      <ForEveryone lang={lang} />
      <NextSteps lang={lang} steps={steps} />
    </>,
  );
}
