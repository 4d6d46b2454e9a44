import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./types.ts";

/**
 * One address per page: `/acces/` and `/en/` (bookmarked, typed, pasted) answer a permanent
 * redirect (308) to `/acces` and `/en`, query string kept. Only reads are redirected; a path
 * starting with two slashes is left alone, since `//host` in a Location header leaves the site.
 */
export function canonicalPath(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const { pathname } = url;
    if (
      (c.req.method === "GET" || c.req.method === "HEAD") &&
      pathname.length > 1 &&
      pathname.endsWith("/") &&
      !pathname.startsWith("//")
    ) {
      const canonical = pathname.replace(/\/+$/, "") || "/";
      return c.redirect(`${canonical}${url.search}`, 308);
    }
    return next();
  };
}
