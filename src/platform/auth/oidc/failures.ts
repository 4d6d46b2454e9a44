import * as oidc from "openid-client";
import type { OidcProvider } from "../../config/oidc.ts";
import { AppError, fail } from "../../errors/app-error.ts";

type Details = { claim?: string; attribute?: string; message?: string };

/**
 * Turns what openid-client throws into the catalogue's error for the user. Its checks name the
 * claim or attribute that failed (nonce, iss, exp…); anything unrecognised is an invalid
 * response, and a provider that cannot be reached is "unavailable", never a server error.
 */
export function oidcFailure(provider: OidcProvider, err: unknown): AppError {
  const vars = { provider: provider.label };
  if (err instanceof AppError) return err;
  if (err instanceof oidc.AuthorizationResponseError)
    return fail("oidc_provider_error", { ...vars, reason: err.error });
  if (err instanceof oidc.ResponseBodyError)
    return err.error === "invalid_grant"
      ? fail("oidc_code_rejected")
      : fail("oidc_provider_error", { ...vars, reason: err.error });
  if (err instanceof oidc.ClientError) {
    const cause = (err.cause ?? {}) as Details & { cause?: Details };
    const detail: Details = { ...cause.cause, ...cause, message: cause.message };
    switch (err.code) {
      case "OAUTH_JWT_CLAIM_COMPARISON_FAILED":
        if (detail.claim === "nonce") return fail("oidc_nonce_mismatch");
        if (detail.claim === "iss") return foreign(provider);
        break;
      case "OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED":
        if (detail.attribute === "issuer") return foreign(provider);
        break;
      case "OAUTH_JWT_TIMESTAMP_CHECK_FAILED":
        return fail("oidc_token_expired");
      // RFC 9207: the authorisation response names its issuer, and another one was named.
      case "OAUTH_INVALID_RESPONSE":
        if (detail.message?.includes('"iss"')) return foreign(provider);
        break;
      case "OAUTH_TIMEOUT":
      case "OAUTH_ABORT":
      case "OAUTH_RESPONSE_IS_NOT_CONFORM":
      case "OAUTH_RESPONSE_IS_NOT_JSON":
        return fail("oidc_provider_unavailable", vars);
    }
    if (cause instanceof TypeError) return fail("oidc_provider_unavailable", vars);
    return fail("oidc_invalid_response", vars);
  }
  // fetch() rejects with a TypeError when the provider cannot be reached at all.
  if (err instanceof TypeError) return fail("oidc_provider_unavailable", vars);
  return fail("oidc_invalid_response", vars);
}

const foreign = (provider: OidcProvider) =>
  fail("oidc_foreign_issuer", { provider: provider.label, issuer: provider.issuer.href });
