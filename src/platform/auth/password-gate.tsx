import type { MiddlewareHandler } from "hono";
import { fail } from "../errors/app-error.ts";
import type { AppEnv } from "../http/types.ts";
import { wantsJson } from "../web/error-boundary.tsx";
import { renderPage } from "../web/render.tsx";
import { authText as t } from "./messages.ts";
import { ChangePasswordFirstPage } from "./pages.tsx";

/** What a session with a one-time password may still reach (paths without their /en prefix). */
const OPEN = new Set(["GET /compte", "POST /compte/mot-de-passe", "POST /deconnexion"]);

/**
 * A session opened with the one-time password printed by `alliage users create` reaches only
 * the change form, sign-out and static assets until the password is changed: pages answer with
 * the change form, the API with 403 `password_change_required`. Nothing else runs, so no token
 * can be created and nothing is read or written on the account's behalf.
 */
export function passwordChangeGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.var.session?.mustChangePassword || c.var.actor.kind !== "user") return next();
    const path = c.var.pagePath;
    if (OPEN.has(`${c.req.method} ${path}`) || path.startsWith("/static/") || path === "/healthz")
      return next();
    if (wantsJson(c)) throw fail("password_change_required");
    return renderPage(
      c,
      t(c.var.lang, "accountTitle"),
      <ChangePasswordFirstPage lang={c.var.lang} csrf={c.var.csrfToken} />,
      403,
    );
  };
}
