import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../http/types.ts";
import { Layout } from "./layout.tsx";

/** Renders a page inside the layout with what the current request knows. */
export function renderPage(
  c: Context<AppEnv>,
  title: string,
  body: Child,
  status: 200 | 400 | 401 | 403 | 404 | 422 | 429 | 500 = 200,
) {
  const actor = c.var.actor;
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
      >
        {body}
      </Layout>
    </>,
    status,
  );
}
