/**
 * A real OpenID Connect provider (oidc-provider 8), in-process, for tests of the government
 * sign-in: route tests here and the end-to-end browser test.
 *
 *   const op = await startTestProvider({
 *     accounts: [{ email: "agente@mrnf.gouv.qc.ca", emailVerified: true }],
 *     redirectUris: ["http://localhost:3000/connexion/oidc/mrnf/retour"],
 *   });
 *   const env = op.env("mrnf", { party: "qc", emailDomains: "mrnf.gouv.qc.ca" });
 *   // … start the app with env (ALLIAGE_OIDC_PROVIDERS=mrnf, ALLIAGE_OIDC_MRNF_ISSUER…) …
 *   await op.stop();
 *
 * Its login step is a plain HTML form at /interaction/<uid> (one "login" field: an account's
 * e-mail address), usable from a browser or posted by a test; consent is then given
 * automatically. One confidential client is registered with the given redirect and
 * post-logout addresses. ID tokens carry only sub (the address comes from userinfo, as at
 * ProConnect), and last `idTokenTtlSeconds`.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";
import { freePort } from "../../testing/free-port.ts";

export type TestAccount = { email: string; emailVerified: boolean; sub?: string; name?: string };

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The ALLIAGE_OIDC_* settings that configure this provider under `id`. */
  env(
    id: string,
    options?: { party?: "qc" | "fr"; emailDomains?: string; issuer?: string },
  ): Record<string, string>;
  stop(): Promise<void>;
};

export async function startTestProvider(options: {
  accounts: TestAccount[];
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  idTokenTtlSeconds?: number;
  /** Announce another issuer than the address it serves (a foreign discovery document). */
  announcedIssuer?: string;
}): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "alliage-test";
  const clientSecret = randomBytes(24).toString("base64url");
  const subOf = (a: TestAccount) => a.sub ?? `agent-${options.accounts.indexOf(a) + 1}`;
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
    format: "jwk",
  });

  const provider = new Provider(options.announcedIssuer ?? issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...key, use: "sig", alg: "RS256", kid: "test" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    ttl: {
      IdToken: options.idTokenTtlSeconds ?? 3600,
      AccessToken: 600,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = options.accounts.find((a) => subOf(a) === sub);
      return (
        account && {
          accountId: sub,
          claims: () => ({
            sub,
            email: account.email,
            email_verified: account.emailVerified,
            name: account.name ?? account.email,
          }),
        }
      );
    },
  });

  const interaction = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    if (req.method === "POST") {
      const form = new URLSearchParams(await body(req));
      const account = options.accounts.find((a) => a.email === form.get("login"));
      if (!account) return loginForm(res, details.uid, "Compte inconnu / Unknown account");
      return provider.interactionFinished(req, res, { login: { accountId: subOf(account) } });
    }
    if (details.prompt.name === "login") return loginForm(res, details.uid);
    // Consent: everything the client asked for, at once.
    const accountId = details.session?.accountId ?? "";
    const grant = new provider.Grant({ accountId, clientId });
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
    };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } });
  };

  const handle = provider.callback();
  const server = http.createServer((req, res) => {
    if (!req.url?.startsWith("/interaction/")) return handle(req, res);
    interaction(req, res).catch((err: Error) => {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      res.end(err.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  return {
    issuer,
    clientId,
    clientSecret,
    env(id, settings = {}) {
      const prefix = `ALLIAGE_OIDC_${id.toUpperCase().replaceAll("-", "_")}_`;
      return {
        ALLIAGE_OIDC_PROVIDERS: id,
        [`${prefix}ISSUER`]: settings.issuer ?? issuer,
        [`${prefix}CLIENT_ID`]: clientId,
        [`${prefix}CLIENT_SECRET`]: clientSecret,
        [`${prefix}LABEL_FR`]: `Fournisseur d’essai ${id}`,
        [`${prefix}LABEL_EN`]: `Test provider ${id}`,
        [`${prefix}PARTY`]: settings.party ?? "qc",
        [`${prefix}EMAIL_DOMAINS`]: settings.emailDomains ?? "example.org",
      };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function loginForm(res: http.ServerResponse, uid: string, error?: string) {
  res.writeHead(error ? 401 : 200, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fournisseur d’identité d’essai</title></head>
<body><main><h1>Fournisseur d’identité d’essai / Test identity provider</h1>
${error ? `<p role="alert">${error}</p>` : ""}
<form method="post" action="/interaction/${uid}">
<label for="login">Adresse courriel / E-mail address</label>
<input id="login" name="login" type="email" autocomplete="username" required>
<button type="submit">Continuer / Continue</button>
</form></main></body></html>`);
}

function body(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      text += chunk;
    });
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}
