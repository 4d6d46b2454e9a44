import type { Context } from "hono";
import * as oidc from "openid-client";
import type { OidcProvider } from "../../config/oidc.ts";
import { AppError, fail } from "../../errors/app-error.ts";
import { access } from "../../http/access.ts";
import type { Router } from "../../http/router.ts";
import type { AppEnv } from "../../http/types.ts";
import { localisedPath } from "../../i18n/i18n.ts";
import { renderPage } from "../../web/render.tsx";
import {
  CSRF_COOKIE,
  clearCookie,
  readCookie,
  SESSION_COOKIE,
  setSecretCookie,
} from "../session/cookies.ts";
import { safeNext } from "../session/safe-next.ts";
import { clientFor, keepJwks } from "./client.ts";
import { type IdentityClaims, signInWithIdentity } from "./commands.ts";
import { oidcFailure } from "./failures.ts";
import { FLOW_COOKIE, FLOW_TTL_MS, type Flow, openFlow, sealFlow } from "./flow-state.ts";
import { rememberForSignOut } from "./logout.ts";
import { oidcText as t } from "./messages.ts";
import { SignInFailedPage } from "./pages.tsx";
import { redirectUri } from "./site-url.ts";

const SESSION = access("create", "Session");

/** Sign-in through a government identity provider: authorisation code, PKCE, state and nonce. */
export function registerOidcRoutes(router: Router): void {
  router.page("GET", "/connexion/oidc/:provider", SESSION, start);
  // One address for both languages (see redirectUri): the flow remembers the language.
  router.route("GET", "/connexion/oidc/:provider/retour", SESSION, callback);
}

async function start(c: Context<AppEnv>) {
  const provider = providerOf(c);
  const now = c.var.deps.now();
  let config: oidc.Configuration;
  try {
    config = await clientFor(provider, now);
  } catch (err) {
    return refuse(c, provider, err);
  }
  const flow: Flow = {
    provider: provider.id,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    lang: c.var.lang,
    next: safeNext(c.req.query("next")),
    expires: now.getTime() + FLOW_TTL_MS,
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(c, provider),
    scope: "openid email profile",
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
  });
  setSecretCookie(c, FLOW_COOKIE, sealFlow(provider, flow), new Date(flow.expires));
  return c.redirect(url.href, 302);
}

async function callback(c: Context<AppEnv>) {
  const provider = providerOf(c);
  const { db, config, now: clock } = c.var.deps;
  const now = clock();
  const flow = openFlow(provider, readCookie(c, FLOW_COOKIE), now);
  // A flow serves once: a second visit of the same address finds none.
  clearCookie(c, FLOW_COOKIE);
  if (flow) c.set("lang", flow.lang);
  if (!flow || c.req.query("state") !== flow.state)
    return refuse(c, provider, fail("oidc_state_mismatch"));

  let claims: IdentityClaims;
  let idToken: string | undefined;
  try {
    const client = await clientFor(provider, now);
    // openid-client takes the redirect address from this URL: the public one, not Node's.
    const current = new URL(redirectUri(c, provider));
    current.search = new URL(c.req.url).search;
    const tokens = await oidc.authorizationCodeGrant(client, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    keepJwks(provider, client);
    claims = tokens.claims() as IdentityClaims;
    idToken = tokens.id_token;
    // Some providers put the address only in userinfo; openid-client checks its sub there.
    if (claims.email === undefined && client.serverMetadata().userinfo_endpoint) {
      const info = await oidc.fetchUserInfo(client, tokens.access_token, claims.sub);
      claims = { ...claims, email: info.email, email_verified: info.email_verified };
    }
  } catch (err) {
    return refuse(c, provider, err);
  }

  let session: { secret: string; expiresAt: Date };
  try {
    session = await signInWithIdentity(db, provider, claims, {
      now,
      ttlHours: config.sessionTtlHours,
      requestId: c.var.requestId,
      userAgent: c.req.header("user-agent"),
    });
  } catch (err) {
    if (err instanceof AppError) return refuse(c, provider, err);
    throw err;
  }
  setSecretCookie(c, SESSION_COOKIE, session.secret, session.expiresAt);
  // As after a password sign-in: a form token seen before it is worth nothing after it.
  clearCookie(c, CSRF_COOKIE);
  if (idToken) rememberForSignOut(c, provider, idToken, session.expiresAt);
  return c.redirect(localisedPath(flow.lang, flow.next ?? "/"), 303);
}

function providerOf(c: Context<AppEnv>): OidcProvider {
  const id = c.req.param("provider") ?? "";
  const provider = c.var.deps.config.oidcProviders.find((p) => p.id === id);
  if (!provider) throw fail("oidc_unknown_provider", { provider: id });
  return provider;
}

/** The refusal as a page of its own, with the way back to the sign-in page. */
function refuse(c: Context<AppEnv>, provider: OidcProvider, err: unknown) {
  const error = oidcFailure(provider, err);
  // The protocol's own message helps whoever configures the provider; ours may hold an address.
  const cause = err instanceof Error && !(err instanceof AppError) ? err.message : undefined;
  c.var.log.warn({ provider: provider.id, error: error.id, cause }, "oidc sign-in refused");
  return renderPage(
    c,
    t(c.var.lang, "failedTitle"),
    <SignInFailedPage lang={c.var.lang} message={error.messageIn(c.var.lang)} />,
    error.status as 400,
  );
}
