import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { fail } from "../errors/app-error.ts";
import type { AppEnv } from "./types.ts";

/**
 * 10 MB at most per body. GET and HEAD carry none (node-server gives them no body), and asking
 * for it would build a full fetch Request for every page view: they skip the check.
 */
export function requestBodyLimit(): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: 10 * 1024 * 1024,
    onError: () => {
      throw fail("payload_too_large");
    },
  });
  return (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limit(c, next));
}
