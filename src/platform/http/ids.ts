import type { Context } from "hono";
import { fail } from "../errors/app-error.ts";

/**
 * The one id parser of the application. Every path parameter passes `checkPathParams` in the
 * Router before the route's rule and handler run; handlers that need a typed id take it with
 * `idParam`, which answers 404 `not_found` for anything malformed (never a database error).
 */
export const ID_PATTERNS = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /** An access request's reference, `YYYYMM-N`. */
  reference: /^\d{6}-\d{1,6}$/,
  /** A page, attachment position or other 1-based number. */
  position: /^[1-9]\d{0,5}$/,
} as const;

export type IdKind = keyof typeof ID_PATTERNS;

export const isId = (kind: IdKind, value: string | undefined): value is string =>
  value !== undefined && ID_PATTERNS[kind].test(value);

export const isUuid = (value: string | undefined): value is string => isId("uuid", value);

/** Ids, codes and slugs are short, printable text: anything else cannot name a record. */
const plain = (value: string) =>
  value.length >= 1 &&
  value.length <= 200 &&
  ![...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/** Path parameters whose name alone fixes their form, wherever they appear. */
const BY_NAME: Record<string, IdKind> = { reference: "reference", position: "position" };

/** Refuses (404) any path parameter that no record could have: too long, control characters, or the wrong form. */
export function checkPathParams(params: Record<string, string>): void {
  for (const [name, value] of Object.entries(params)) {
    const kind = BY_NAME[name];
    if (!plain(value) || (kind && !ID_PATTERNS[kind].test(value))) throw fail("not_found");
  }
}

/** A path parameter of that kind, or 404. */
export function idParam(c: Context, name: string, kind: IdKind): string {
  const value = c.req.param(name);
  if (!isId(kind, value)) throw fail("not_found");
  return value;
}
