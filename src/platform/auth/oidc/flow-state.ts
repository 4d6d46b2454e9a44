import { createHmac } from "node:crypto";
import type { OidcProvider } from "../../config/oidc.ts";
import type { Lang } from "../../i18n/i18n.ts";
import { sameSecret } from "../session/secrets.ts";

export const FLOW_COOKIE = "alliage_oidc_flow";

/** A sign-in must come back from the provider within this time. */
export const FLOW_TTL_MS = 10 * 60_000;

/** What the callback needs to check the provider's answer, kept in the browser that started it. */
export type Flow = {
  provider: string;
  state: string;
  nonce: string;
  verifier: string;
  lang: Lang;
  next: string | undefined;
  /** Epoch milliseconds after which the flow is refused. */
  expires: number;
};

/**
 * The flow travels in an HttpOnly, SameSite=Lax cookie of the browser that started it (the
 * provider's redirect back is a top-level GET, so the cookie comes with it): a response
 * delivered to another browser finds no flow and is refused. The cookie is signed with a key
 * derived from the provider's client secret, which every instance behind a load balancer has
 * and no browser does, so no one can forge a flow, nor reuse one with another provider.
 */
export function sealFlow(provider: OidcProvider, flow: Flow): string {
  const body = Buffer.from(JSON.stringify(flow)).toString("base64url");
  return `${body}.${mac(provider, body)}`;
}

/** The flow in a cookie, if its signature, provider and time all hold. */
export function openFlow(
  provider: OidcProvider,
  cookie: string | undefined,
  now: Date,
): Flow | undefined {
  const [body, signature, ...rest] = (cookie ?? "").split(".");
  if (!body || !signature || rest.length > 0 || !sameSecret(signature, mac(provider, body)))
    return undefined;
  try {
    const flow = JSON.parse(Buffer.from(body, "base64url").toString()) as Flow;
    return flow.provider === provider.id && flow.expires > now.getTime() ? flow : undefined;
  } catch {
    return undefined;
  }
}

const mac = (provider: OidcProvider, body: string) =>
  createHmac("sha256", `alliage oidc flow v1\0${provider.clientSecret}`)
    .update(body)
    .digest("base64url");
