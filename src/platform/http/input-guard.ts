import type { MiddlewareHandler } from "hono";
import { fail } from "../errors/app-error.ts";
import type { AppEnv } from "./types.ts";

const NUL = "\u0000";
const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The one input sanitiser every route sits behind. PostgreSQL cannot store a NUL byte in text,
 * and no Alliage value has one: a NUL anywhere in the path, the query, a JSON body or a form
 * field (uploaded files excepted) is refused with 400 `invalid_characters` before any handler
 * or query runs, so nothing is written. Bodies are read through Hono's cache: handlers and
 * validators read them again unchanged.
 */
export function inputGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (/%00/i.test(c.req.url) || c.req.url.includes(NUL)) throw fail("invalid_characters");
    if (WITH_BODY.has(c.req.method)) {
      const type = (c.req.header("content-type") ?? "").toLowerCase();
      if (type.startsWith("application/json") || type.includes("+json")) {
        const text = await c.req.text();
        if (text.includes("\\u0000") && hasNul(parseOrUndefined(text)))
          throw fail("invalid_characters");
      } else if (
        type.startsWith("application/x-www-form-urlencoded") ||
        type.startsWith("multipart/form-data")
      ) {
        const form = await c.req.formData().catch(() => undefined);
        for (const [key, value] of form?.entries() ?? [])
          if (key.includes(NUL) || (typeof value === "string" && value.includes(NUL)))
            throw fail("invalid_characters");
      }
    }
    return next();
  };
}

/** Malformed JSON is the route's to refuse (400 bad_request), not the sanitiser's. */
function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes(NUL);
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object")
    return Object.entries(value).some(([k, v]) => k.includes(NUL) || hasNul(v));
  return false;
}

/**
 * The media types an API route declares for its body; a body of any other type answers 415
 * `unsupported_media_type` (a body-less call, without Content-Type, goes on to the route).
 */
export function mediaTypeGuard(accepted: string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (type !== "" && !accepted.includes(type)) throw fail("unsupported_media_type");
    return next();
  };
}
