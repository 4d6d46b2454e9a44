import type { Lang } from "../i18n/i18n.ts";
import { messages } from "../i18n/i18n.ts";
import { Alert } from "./alert.tsx";

const t = messages({
  title: { fr: "Documentation de l’API", en: "API reference" },
  intro: {
    fr: "Le document OpenAPI 3.1 complet est à {link}. Authentification : en-tête « Authorization: Bearer JETON » (jeton créé par « alliage users token » ou depuis la page Mon compte).",
    en: "The full OpenAPI 3.1 document is at {link}. Authentication: header “Authorization: Bearer TOKEN” (token created by “alliage users token” or from the My account page).",
  },
  contents: { fr: "Sommaire", en: "Contents" },
  operations: {
    fr: "{n, plural, one {# opération} other {# opérations}}",
    en: "{n, plural, one {# operation} other {# operations}}",
  },
  noScript: {
    fr: "La documentation interactive demande JavaScript ; le document OpenAPI reste lisible à l’adresse ci-dessus.",
    en: "The interactive reference needs JavaScript; the OpenAPI document stays readable at the address above.",
  },
});

/** The id swagger-ui gives a tag's heading (its escapeDeepLinkPath: spaces as « _ »). */
const tagId = (tag: string) => `operations-tag-${tag.replace(/\s/g, "_")}`;

type Doc = { paths?: Record<string, Record<string, { tags?: string[] }> | undefined> };

/**
 * The API reference: a table of contents by tag drawn here, the operations drawn by swagger-ui
 * (served from our own packages) from the document in the page's language.
 */
export function ApiDocsPage({ lang, doc }: { lang: Lang; doc: Doc }) {
  const [before, after] = t(lang, "intro").split("{link}");
  const documentUrl = `/api/openapi.json?lang=${lang}`;
  const counts = new Map<string, number>();
  for (const item of Object.values(doc.paths ?? {}))
    for (const op of Object.values(item ?? {}))
      for (const tag of op.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return (
    <>
      <link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css" />
      <link rel="stylesheet" href="/static/api-docs.css" />
      <h1>{t(lang, "title")}</h1>
      <p class="lead">
        {before}
        <a href={documentUrl}>
          <code>{documentUrl}</code>
        </a>
        {after}
      </p>
      <nav aria-labelledby="sommaire-api" class="api-contents">
        <h2 id="sommaire-api">{t(lang, "contents")}</h2>
        <ul class="tool-grid">
          {[...counts].map(([tag, n]) => (
            <li>
              <a href={`#${tagId(tag)}`}>{tag}</a>{" "}
              <span class="hint">({t(lang, "operations", { n })})</span>
            </li>
          ))}
        </ul>
      </nav>
      <noscript>
        <Alert kind="note" as="p">
          {t(lang, "noScript")}
        </Alert>
      </noscript>
      <div id="swagger-ui" data-url={documentUrl} />
      <script src="/static/swagger-ui/swagger-ui-bundle.js" defer />
      <script src="/static/api-docs.js" defer />
    </>
  );
}
