import type { Context } from "hono";
import type { OidcProvider } from "../../config/oidc.ts";
import type { AppEnv } from "../../http/types.ts";

/**
 * The site's address as the browser sees it: PUBLIC_URL when set, else the request's own
 * (through a trusted proxy's X-Forwarded-Host). Providers compare redirect addresses exactly.
 */
export function siteUrl(c: Context<AppEnv>): string {
  const configured = c.var.deps.config.publicUrl;
  if (configured) return configured.replace(/\/+$/, "");
  const url = new URL(c.req.url);
  const forwardedHost = c.var.deps.config.trustProxy ? c.req.header("x-forwarded-host") : undefined;
  return `${c.var.secure ? "https" : "http"}://${forwardedHost ?? url.host}`;
}

/**
 * One callback address per provider, without the /en prefix: the administrator registers one
 * address at the provider, and the language of the sign-in travels in its flow instead.
 */
export const redirectUri = (c: Context<AppEnv>, provider: OidcProvider) =>
  `${siteUrl(c)}/connexion/oidc/${provider.id}/retour`;
