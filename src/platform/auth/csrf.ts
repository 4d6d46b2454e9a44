import type { MiddlewareHandler } from "hono";
import { fail } from "../errors/app-error.ts";
import type { AppEnv } from "../http/types.ts";
import { CSRF_COOKIE, readCookie, SESSION_COOKIE, setSecretCookie } from "./session/cookies.ts";
import { randomSecret, sameSecret, sessionFormToken } from "./session/secrets.ts";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Every form repeats a token in a hidden `_csrf` field (scripts: an X-CSRF-Token header), plus
 * a same-origin check. Signed in, the token is bound to the session: an HMAC of the session
 * secret (itself in an HttpOnly cookie), so no value of the caller's choice passes. Anonymous,
 * it is a double-submit token: a random value in an HttpOnly cookie that the form repeats.
 * Requests authenticated by a Bearer token carry no ambient credentials and are exempt, and so
 * are anonymous API calls, JSON requests and PUT, PATCH or DELETE: a cross-site page cannot
 * send those without a CORS preflight, which Alliage never grants, and an anonymous request has
 * no session to abuse (the route's own rule then answers 401, or 415 for a wrong body type).
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = c.var.session ? readCookie(c, SESSION_COOKIE) : undefined;
    let token = readCookie(c, CSRF_COOKIE);
    if (session) {
      token = sessionFormToken(session);
    } else if (!token || !/^[\w-]{43}$/.test(token)) {
      token = randomSecret();
      setSecretCookie(c, CSRF_COOKIE, token);
    }
    c.set("csrfToken", token);
    if (!UNSAFE.has(c.req.method) || (c.var.actor.kind === "user" && c.var.actor.via === "token"))
      return next();
    const json = (c.req.header("content-type") ?? "").startsWith("application/json");
    const api = c.req.path.startsWith("/api/");
    if (c.var.actor.kind === "anonymous" && (json || api || c.req.method !== "POST")) return next();

    const origin = c.req.header("origin");
    if (
      origin &&
      origin !== "null" &&
      origin !== new URL(c.req.url).origin &&
      !sameForwardedHost(c, origin)
    ) {
      throw fail("csrf_failed");
    }
    const sent = c.req.header("x-csrf-token") ?? (await formField(c, "_csrf"));
    if (!sent || !sameSecret(sent, token)) throw fail("csrf_failed");
    return next();
  };
}

/** Behind a trusted proxy the browser's origin is the public host, not the one Node sees. */
function sameForwardedHost(c: Parameters<MiddlewareHandler<AppEnv>>[0], origin: string): boolean {
  if (!c.var.deps.config.trustProxy) return false;
  const host = c.req.header("x-forwarded-host") ?? c.req.header("host");
  return host !== undefined && new URL(origin).host === host;
}

async function formField(c: Parameters<MiddlewareHandler<AppEnv>>[0], name: string) {
  const type = c.req.header("content-type") ?? "";
  if (
    !type.startsWith("application/x-www-form-urlencoded") &&
    !type.startsWith("multipart/form-data")
  ) {
    return undefined;
  }
  const body = await c.req.parseBody();
  const value = body[name];
  return typeof value === "string" ? value : undefined;
}
