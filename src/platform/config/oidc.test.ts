import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./env.ts";
import { oidcProvidersFrom } from "./oidc.ts";

const provider = (id: string, overrides: Record<string, string> = {}) => {
  const p = `ALLIAGE_OIDC_${id.toUpperCase()}_`;
  return {
    [`${p}ISSUER`]: "https://auth.agentconnect.gouv.fr/api/v2",
    [`${p}CLIENT_ID`]: "client",
    [`${p}CLIENT_SECRET`]: "tres-secret",
    [`${p}LABEL_FR`]: "ProConnect",
    [`${p}LABEL_EN`]: "ProConnect",
    [`${p}PARTY`]: "fr",
    [`${p}EMAIL_DOMAINS`]: "Economie.gouv.fr, interieur.gouv.fr",
    ...overrides,
  };
};

describe("OpenID Connect providers from the environment", () => {
  it("reads each listed provider, its domains in lower case", () => {
    const { providers, problems } = oidcProvidersFrom({
      ALLIAGE_OIDC_PROVIDERS: "proconnect, mrnf",
      ...provider("proconnect"),
      ...provider("mrnf", {
        ALLIAGE_OIDC_MRNF_ISSUER: "https://login.microsoftonline.com/abc/v2.0",
        ALLIAGE_OIDC_MRNF_PARTY: "qc",
        ALLIAGE_OIDC_MRNF_LABEL_FR: "Ministère (MRNF)",
        ALLIAGE_OIDC_MRNF_EMAIL_DOMAINS: "mrnf.gouv.qc.ca",
      }),
    });
    expect(problems).toEqual([]);
    expect(providers.map((p) => [p.id, p.party, p.label.fr, p.emailDomains])).toEqual([
      ["proconnect", "fr", "ProConnect", ["economie.gouv.fr", "interieur.gouv.fr"]],
      ["mrnf", "qc", "Ministère (MRNF)", ["mrnf.gouv.qc.ca"]],
    ]);
    expect(oidcProvidersFrom({}).providers).toEqual([]);
  });

  it("names every problem at start-up, never the client secret", () => {
    const env = {
      ALLIAGE_OIDC_PROVIDERS: "proconnect,Mauvais,proconnect,mrnf",
      ...provider("proconnect", {
        ALLIAGE_OIDC_PROCONNECT_ISSUER: "http://idp.example.org",
        ALLIAGE_OIDC_PROCONNECT_PARTY: "be",
        ALLIAGE_OIDC_PROCONNECT_EMAIL_DOMAINS: "pas un domaine",
      }),
      ALLIAGE_OIDC_MRNF_ISSUER: "https://idp.example.org",
      ALLIAGE_OIDC_MRNF_CLIENT_SECRET: "tres-secret",
    };
    const { providers, problems } = oidcProvidersFrom(env);
    expect(providers).toEqual([]);
    expect(problems.join("\n")).toMatch(/PROCONNECT_ISSUER: https:\/\/ obligatoire/);
    expect(problems.join("\n")).toMatch(/PROCONNECT_PARTY: qc ou\/or fr/);
    expect(problems.join("\n")).toMatch(/PROCONNECT_EMAIL_DOMAINS: domaine invalide/);
    expect(problems.join("\n")).toMatch(/« Mauvais »/);
    expect(problems.join("\n")).toMatch(/« proconnect » en double/);
    expect(problems).toContain("ALLIAGE_OIDC_MRNF_CLIENT_ID: obligatoire / required");
    expect(problems).toContain("ALLIAGE_OIDC_MRNF_EMAIL_DOMAINS: obligatoire / required");
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).not.toThrow(/tres-secret/);
  });

  it("accepts plain http only for a provider on this machine", () => {
    const local = oidcProvidersFrom({
      ALLIAGE_OIDC_PROVIDERS: "dev",
      ...provider("dev", { ALLIAGE_OIDC_DEV_ISSUER: "http://127.0.0.1:4000" }),
    });
    expect(local.problems).toEqual([]);
    expect(
      loadConfig({ ...provider("dev"), ALLIAGE_OIDC_PROVIDERS: "dev" }).oidcProviders,
    ).toHaveLength(1);
  });
});
