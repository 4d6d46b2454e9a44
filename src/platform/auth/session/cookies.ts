import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../../http/types.ts";

export const SESSION_COOKIE = "alliage_session";
export const CSRF_COOKIE = "alliage_csrf";
/** Between a correct password and the second factor (totp/sign-in-challenges.ts). */
export const SIGN_IN_STEP_COOKIE = "alliage_sign_in";

/** HttpOnly, SameSite=Lax, and Secure whenever the request came over https. */
export function setSecretCookie(c: Context<AppEnv>, name: string, value: string, expires?: Date) {
  setCookie(c, name, value, {
    httpOnly: true,
    sameSite: "Lax",
    secure: c.var.secure,
    path: "/",
    ...(expires ? { expires } : {}),
  });
}

export const readCookie = (c: Context<AppEnv>, name: string) => getCookie(c, name);

export const clearCookie = (c: Context<AppEnv>, name: string) =>
  deleteCookie(c, name, { path: "/", secure: c.var.secure });
