import { isParty, type Party } from "../../shared/party.ts";

/** One government identity provider, as the environment configures it. */
export type OidcProvider = {
  /** Lower-case id from ALLIAGE_OIDC_PROVIDERS: the path segment and the identities' key. */
  id: string;
  issuer: URL;
  clientId: string;
  clientSecret: string;
  label: { fr: string; en: string };
  /** The party whose officials this provider identifies. */
  party: Party;
  /** Lower-case domains; a first sign-in links only an address in one of them. */
  emailDomains: string[];
};

const ID = /^[a-z][a-z0-9-]{0,31}$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Reads ALLIAGE_OIDC_PROVIDERS=a,b then ALLIAGE_OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET,
 * _LABEL_FR, _LABEL_EN, _PARTY (qc|fr) and _EMAIL_DOMAINS (comma list) for each id. Every
 * problem is named (never a secret's value) so that start-up stops with the whole list.
 */
export function oidcProvidersFrom(env: Record<string, string | undefined>): {
  providers: OidcProvider[];
  problems: string[];
} {
  const problems: string[] = [];
  const ids = (env.ALLIAGE_OIDC_PROVIDERS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const providers: OidcProvider[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (!ID.test(id)) {
      problems.push(
        `ALLIAGE_OIDC_PROVIDERS: « ${id} » : minuscules, chiffres et tirets / lower-case letters, digits and hyphens`,
      );
      continue;
    }
    if (seen.has(id)) {
      problems.push(`ALLIAGE_OIDC_PROVIDERS: « ${id} » en double / listed twice`);
      continue;
    }
    seen.add(id);
    const provider = readProvider(id, env, problems);
    if (provider) providers.push(provider);
  }
  return { providers, problems };
}

function readProvider(
  id: string,
  env: Record<string, string | undefined>,
  problems: string[],
): OidcProvider | undefined {
  const prefix = `ALLIAGE_OIDC_${id.toUpperCase().replaceAll("-", "_")}_`;
  const before = problems.length;
  const value = (name: string) => {
    const v = env[prefix + name]?.trim();
    if (!v) problems.push(`${prefix}${name}: obligatoire / required`);
    return v ?? "";
  };
  const issuerText = value("ISSUER");
  const clientId = value("CLIENT_ID");
  const clientSecret = value("CLIENT_SECRET");
  const fr = value("LABEL_FR");
  const en = value("LABEL_EN");
  const party = value("PARTY");
  const domains = value("EMAIL_DOMAINS")
    .split(",")
    .map((d) => d.trim().toLowerCase())
    .filter((d) => d !== "");

  const issuer = URL.canParse(issuerText) ? new URL(issuerText) : undefined;
  if (issuerText && !issuer) problems.push(`${prefix}ISSUER: adresse invalide / invalid URL`);
  // Plain http only on this machine (a test or development provider): tokens cross the network.
  if (issuer && issuer.protocol !== "https:" && !LOOPBACK.has(issuer.hostname))
    problems.push(`${prefix}ISSUER: https:// obligatoire / required (${issuerText})`);
  if (party && !isParty(party))
    problems.push(`${prefix}PARTY: qc ou/or fr (${JSON.stringify(party)})`);
  for (const d of domains)
    if (!DOMAIN.test(d))
      problems.push(`${prefix}EMAIL_DOMAINS: domaine invalide / invalid domain (${d})`);
  if (problems.length > before || !issuer) return undefined;
  return {
    id,
    issuer,
    clientId,
    clientSecret,
    label: { fr, en },
    party: party as Party,
    emailDomains: domains,
  };
}
