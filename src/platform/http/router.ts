import type { OpenAPIHono, RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { Handler, MiddlewareHandler } from "hono";
import { localisedPath } from "../i18n/i18n.ts";
import type { Access, DeclaredRoute } from "./access.ts";
import { checkPathParams } from "./ids.ts";
import { mediaTypeGuard } from "./input-guard.ts";
import type { AppEnv } from "./types.ts";

type Method = "GET" | "POST";

/**
 * The only way areas add routes: each one states its authorisation rule, which runs before the
 * handler, and is listed in `declared` so that a test can check every route against every role.
 * Path parameters pass the shared id parser (ids.ts); API bodies of an undeclared media type
 * answer 415.
 */
export class Router {
  readonly declared: DeclaredRoute[] = [];

  constructor(readonly app: OpenAPIHono<AppEnv>) {}

  /** A page served in French at path and in English at /en/path. */
  page(method: Method, path: string, rule: Access, handler: Handler<AppEnv>): this {
    for (const p of [path, localisedPath("en", path)]) this.route(method, p, rule, handler);
    return this;
  }

  /** A route at one path only (health check, static files, plain API routes). */
  route(method: Method, path: string, rule: Access, handler: Handler<AppEnv>): this {
    this.app.on(method, path, guard(rule), handler);
    this.declared.push({ method, path, access: rule });
    return this;
  }

  /** An API route described in the OpenAPI document. */
  api<R extends RouteConfig>(config: R, rule: Access, handler: RouteHandler<R, AppEnv>): this {
    const media = Object.keys(config.request?.body?.content ?? {});
    const middleware = [
      guard(rule),
      ...(media.length > 0 ? [mediaTypeGuard(media)] : []),
      ...toArray(config.middleware),
    ];
    this.app.openapi({ ...config, middleware } as R, handler);
    this.declared.push({
      method: config.method.toUpperCase(),
      path: config.path.replace(/\{(\w+)\}/g, ":$1"),
      access: rule,
    });
    return this;
  }
}

function guard(rule: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.var.deps.policy.authorize(c.var.actor, rule.action, rule.subject);
    checkPathParams(c.req.param() as Record<string, string>);
    await next();
  };
}

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
