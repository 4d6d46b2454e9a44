import type { Context, MiddlewareHandler } from "hono";
import { type Lang, splitLangPath } from "../i18n/i18n.ts";
import type { AppEnv, Deps } from "./types.ts";

/**
 * Sets what every later middleware and handler reads: dependencies, request id, a logger that
 * writes that id on each line, the language, and whether the request came over https.
 */
export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header("x-request-id");
    const requestId = given && /^[\w.-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    const url = new URL(c.req.url);
    const { lang, path } = requestLanguage(url, c.req.header("accept-language"));
    c.set("deps", deps);
    c.set("requestId", requestId);
    c.set("log", deps.logger.child({ requestId }));
    c.set("pagePath", path);
    c.set("lang", lang);
    c.set("secure", overHttps(c, deps.config.trustProxy));
    c.header("X-Request-Id", requestId);
    const started = performance.now();
    await next();
    c.var.log.info(
      {
        method: c.req.method,
        path: url.pathname,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  };
}

/**
 * A page's language comes from its /en prefix (`path` is the path without it); the API's from
 * ?lang or the client's preference.
 */
export function requestLanguage(url: URL, acceptLanguage: string | undefined) {
  const { lang, path } = splitLangPath(url.pathname);
  const isApi = url.pathname.startsWith("/api/") && url.pathname !== "/api/docs";
  return { lang: isApi ? apiLanguage(url, acceptLanguage) : lang, path };
}

/** Behind a trusted proxy, the scheme the client used is the one the proxy forwards. */
export function overHttps(c: Context, trustProxy: boolean): boolean {
  const url = new URL(c.req.url);
  const forwarded = trustProxy ? c.req.header("x-forwarded-proto") : undefined;
  return (forwarded ?? url.protocol.replace(":", "")) === "https";
}

/** The API speaks French unless ?lang=en or the client's first preference is English. */
export function apiLanguage(url: URL, acceptLanguage: string | undefined): Lang {
  const asked = url.searchParams.get("lang");
  if (asked === "en" || asked === "fr") return asked;
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "fr";
}
