import type { Context } from "hono";
import * as oidc from "openid-client";
import type { OidcProvider } from "../../config/oidc.ts";
import type { AppEnv } from "../../http/types.ts";
import { clearCookie, readCookie, setSecretCookie } from "../session/cookies.ts";
import { clientFor } from "./client.ts";
import { siteUrl } from "./site-url.ts";

const SIGN_OUT_COOKIE = "alliage_oidc_signout";

/**
 * Keeps, for as long as the session, which provider opened it and the ID token that the
 * provider's end-session endpoint takes as a hint. In an HttpOnly cookie rather than the
 * database: it concerns this browser only, and dies with the session.
 */
export function rememberForSignOut(
  c: Context<AppEnv>,
  provider: OidcProvider,
  idToken: string,
  expires: Date,
) {
  setSecretCookie(c, SIGN_OUT_COOKIE, `${provider.id}.${idToken}`, expires);
}

/**
 * Where signing out continues after the local session is closed: the provider's end-session
 * endpoint (RP-initiated logout) when the session came from a provider that has one, back to
 * the home page (which must be registered at the provider as a post-logout address). Without
 * one, or if the provider cannot be reached, the local sign-out stands alone.
 */
export async function providerSignOutUrl(c: Context<AppEnv>): Promise<string | undefined> {
  const value = readCookie(c, SIGN_OUT_COOKIE);
  if (!value) return undefined;
  clearCookie(c, SIGN_OUT_COOKIE);
  const dot = value.indexOf(".");
  const provider = c.var.deps.config.oidcProviders.find((p) => p.id === value.slice(0, dot));
  if (!provider) return undefined;
  try {
    const client = await clientFor(provider, c.var.deps.now());
    if (!client.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(client, {
      id_token_hint: value.slice(dot + 1),
      post_logout_redirect_uri: `${siteUrl(c)}/`,
    }).href;
  } catch (err) {
    c.var.log.warn({ provider: provider.id, err }, "oidc sign-out: provider unreachable");
    return undefined;
  }
}
