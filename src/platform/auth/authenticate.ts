import type { MiddlewareHandler } from "hono";
import { fail } from "../errors/app-error.ts";
import type { AppEnv } from "../http/types.ts";
import { ANONYMOUS } from "../policy/roles.ts";
import { findTokenUser } from "./commands.ts";
import { clearCookie, readCookie, SESSION_COOKIE } from "./session/cookies.ts";
import { actorFromUser, findSessionUser } from "./session/queries.ts";

/**
 * Sets the actor: the owner of a valid Bearer token, else of a valid session cookie, else
 * anonymous. A Bearer token that does not work is an error, never a silent fallback.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db } = c.var.deps;
    const now = c.var.deps.now();
    c.set("actor", ANONYMOUS);
    c.set("session", undefined);
    const header = c.req.header("authorization");
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const user = match ? await findTokenUser(db, match[1] as string, now) : undefined;
      if (!user) throw fail("invalid_token");
      c.set("actor", actorFromUser(user, "token"));
      return next();
    }
    const secret = readCookie(c, SESSION_COOKIE);
    if (secret) {
      const found = await findSessionUser(db, secret, now);
      if (found) {
        c.set("actor", actorFromUser(found.user, "session"));
        c.set("session", {
          expiresAt: found.expiresAt,
          mustChangePassword: found.user.must_change_password,
        });
      } else {
        clearCookie(c, SESSION_COOKIE);
      }
    }
    return next();
  };
}
