import * as oidc from "openid-client";
import type { OidcProvider } from "../../config/oidc.ts";

// Per provider object, hence per application instance: tests that build several apps share none.
const discovered = new WeakMap<OidcProvider, Promise<oidc.ServerMetadata>>();
const jwksCaches = new WeakMap<OidcProvider, oidc.ExportedJWKSCache>();

/** Seconds a provider has to answer: a sign-in page must not hang on a provider that is down. */
const TIMEOUT_S = 10;

/** Plain http is only accepted for a provider on this machine (config.ts refuses it otherwise). */
const insecure = (provider: OidcProvider) => provider.issuer.protocol === "http:";

/**
 * The provider's metadata, discovered at first use and kept: discovery would otherwise cost a
 * round trip per sign-in, and a provider down at start-up must not stop the platform. A failed
 * discovery is forgotten, so the next sign-in tries again.
 */
export function serverMetadata(provider: OidcProvider): Promise<oidc.ServerMetadata> {
  let pending = discovered.get(provider);
  if (!pending) {
    pending = oidc
      .discovery(provider.issuer, provider.clientId, undefined, undefined, {
        timeout: TIMEOUT_S,
        ...(insecure(provider) ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      // Only the data: the helper methods of the returned copy cannot be cloned into a new client.
      .then((config) => JSON.parse(JSON.stringify(config.serverMetadata())) as oidc.ServerMetadata);
    discovered.set(provider, pending);
    pending.catch(() => discovered.delete(provider));
  }
  return pending;
}

/**
 * A client for one request, on the application's clock (`now`, which tests move) rather than
 * the machine's: openid-client checks ID-token times against its clock shifted by the skew.
 */
export async function clientFor(provider: OidcProvider, now: Date): Promise<oidc.Configuration> {
  const server = await serverMetadata(provider);
  const methods = server.token_endpoint_auth_methods_supported;
  // client_secret_basic is the standard's default when the provider names no method.
  const auth =
    !methods || methods.includes("client_secret_basic")
      ? oidc.ClientSecretBasic(provider.clientSecret)
      : oidc.ClientSecretPost(provider.clientSecret);
  const config = new oidc.Configuration(
    server,
    provider.clientId,
    { [oidc.clockSkew]: Math.round((now.getTime() - Date.now()) / 1000) },
    auth,
  );
  config.timeout = TIMEOUT_S;
  if (insecure(provider)) oidc.allowInsecureRequests(config);
  const jwks = jwksCaches.get(provider);
  if (jwks) oidc.setJwksCache(config, jwks);
  return config;
}

/** Keeps the provider's signing keys fetched during a request for the next ones. */
export function keepJwks(provider: OidcProvider, config: oidc.Configuration): void {
  const jwks = oidc.getJwksCache(config);
  if (jwks) jwksCaches.set(provider, jwks);
}
