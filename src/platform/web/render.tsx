import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../http/types.ts";
import type { Lang } from "../i18n/i18n.ts";
import { ANONYMOUS } from "../policy/roles.ts";
import { Layout, type LayoutProps } from "./layout.tsx";

type Status = 200 | 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500;

/** Renders a page inside the layout with what the current request knows. */
export function renderPage(c: Context<AppEnv>, title: string, body: Child, status: Status = 200) {
  // An error page may be drawn before authentication ran (a body over the limit is refused first).
  const actor = c.var.actor ?? ANONYMOUS;
  const shell =
    actor.kind === "anonymous" &&
    anonymousShell(c.var.lang, c.var.pagePath, title, (children) => layoutFor(c, title, children));
  if (shell) {
    return c.html(
      <>
        {raw(shell.before)}
        {body}
        {raw(shell.after)}
      </>,
      status,
    );
  }
  return c.html(
    <>
      {raw("<!DOCTYPE html>")}
      {layoutFor(c, title, body)}
    </>,
    status,
  );
}

function layoutFor(c: Context<AppEnv>, title: string, children: Child) {
  const actor = c.var.actor ?? ANONYMOUS;
  const policy = c.var.deps.policy;
  const can = (action: string, subject: string) => policy.can(actor, action, subject);
  const props: LayoutProps = {
    lang: c.var.lang,
    title,
    pagePath: c.var.pagePath,
    actor,
    csrfToken: c.var.csrfToken,
    canSeeAudit: can("read", "AuditLog"),
    canSeeMail: can("read", "MailOutbox"),
    canManageData: can("read", "Dataset"),
    canSeeAccounts: can("read", "UserIdentity"),
    canApply: can("create", "Application"),
    canReview: can("read", "Review"),
    children,
  };
  return <Layout {...props} />;
}

type Shell = { before: string; after: string };

// What an anonymous reader's layout shows depends only on the language, the page and its title
// (no token, no account links): drawn once, then only the body is rendered per request.
const shells = new Map<string, Shell>();
const MAX_SHELLS = 2_000;
const BODY = "\u0000body\u0000";

/** The layout around a marker, cut in two; undefined if it cannot be drawn at once. */
function anonymousShell(
  lang: Lang,
  pagePath: string,
  title: string,
  draw: (children: Child) => Child,
): Shell | undefined {
  const key = `${lang}\u0000${pagePath}\u0000${title}`;
  const known = shells.get(key);
  if (known) return known;
  const drawn = (draw(raw(BODY)) as { toString(): unknown }).toString();
  if (typeof drawn !== "string") return undefined;
  const html = `<!DOCTYPE html>${drawn}`;
  const at = html.indexOf(BODY);
  if (at < 0) return undefined;
  const shell = { before: html.slice(0, at), after: html.slice(at + BODY.length) };
  if (shells.size >= MAX_SHELLS) shells.clear();
  shells.set(key, shell);
  return shell;
}
