import type { Lang } from "../i18n/i18n.ts";
import { messages } from "../i18n/i18n.ts";

const t = messages({
  title: { fr: "Documentation de l’API", en: "API documentation" },
  intro: {
    fr: "Le document OpenAPI 3.1 complet est à {link}. Authentification : en-tête « Authorization: Bearer JETON » (jeton créé par « alliage users token » ou depuis la page Mon compte).",
    en: "The full OpenAPI 3.1 document is at {link}. Authentication: header “Authorization: Bearer TOKEN” (token created by “alliage users token” or from the My account page).",
  },
  parameters: { fr: "Paramètres", en: "Parameters" },
  responses: { fr: "Réponses", en: "Responses" },
  name: { fr: "Nom", en: "Name" },
  where: { fr: "Emplacement", en: "In" },
  required: { fr: "Obligatoire", en: "Required" },
  yes: { fr: "oui", en: "yes" },
  no: { fr: "non", en: "no" },
  code: { fr: "Code", en: "Code" },
  meaning: { fr: "Signification", en: "Meaning" },
});

type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  responses?: Record<string, { description?: string }>;
};
type Doc = {
  info: { description?: string };
  paths?: Record<string, Record<string, Operation> | undefined>;
};

/** A readable page built from the OpenAPI document itself, so the two never disagree. */
export function ApiDocsPage({ lang, doc }: { lang: Lang; doc: Doc }) {
  const [before, after] = t(lang, "intro").split("{link}");
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item ?? {}).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  return (
    <>
      <h1>{t(lang, "title")}</h1>
      <p class="lead">
        {before}
        <a href="/api/openapi.json">
          <code>/api/openapi.json</code>
        </a>
        {after}
      </p>
      {operations.map(({ path, method, op }) => (
        <section class="priority" aria-labelledby={`op-${method}-${path}`}>
          <h2 id={`op-${method}-${path}`}>
            <code>
              {method} {path}
            </code>
          </h2>
          {op.summary && <p>{op.summary}</p>}
          {op.description && <p class="hint">{op.description}</p>}
          {op.parameters && op.parameters.length > 0 && (
            <table>
              <caption>{t(lang, "parameters")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, "name")}</th>
                  <th scope="col">{t(lang, "where")}</th>
                  <th scope="col">{t(lang, "required")}</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr>
                    <td>
                      <code>{p.name}</code>
                    </td>
                    <td>{p.in}</td>
                    <td>{p.required ? t(lang, "yes") : t(lang, "no")}</td>
                    <td>{p.description ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <table>
            <caption>{t(lang, "responses")}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, "code")}</th>
                <th scope="col">{t(lang, "meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(op.responses ?? {}).map(([code, r]) => (
                <tr>
                  <td>{code}</td>
                  <td>{r.description ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
