import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../http/types.ts";
import { ANONYMOUS } from "../policy/roles.ts";
import { Layout } from "./layout.tsx";

/** Renders a page inside the layout with what the current request knows. */
export function renderPage(
  c: Context<AppEnv>,
  title: string,
  body: Child,
  status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 = 200,
) {
  // An error page may be drawn before authentication ran (a body over the limit is refused first).
  const actor = c.var.actor ?? ANONYMOUS;
  return c.html(
    <>
      {raw("<!DOCTYPE html>")}
      <Layout
        lang={c.var.lang}
        title={title}
        pagePath={c.var.pagePath}
        actor={actor}
        csrfToken={c.var.csrfToken}
        canSeeAudit={c.var.deps.policy.can(actor, "read", "AuditLog")}
        canSeeMail={c.var.deps.policy.can(actor, "read", "MailOutbox")}
        canManageData={c.var.deps.policy.can(actor, "read", "Dataset")}
        canSeeAccounts={c.var.deps.policy.can(actor, "read", "UserIdentity")}
        canApply={c.var.deps.policy.can(actor, "create", "Application")}
        canReview={c.var.deps.policy.can(actor, "read", "Review")}
      >
        {body}
      </Layout>
    </>,
    status,
  );
}
