import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { InlineInput } from "../../platform/web/inline-input.tsx";
import { accessText as t } from "../requests/messages.ts";
import { DOCUMENT_DECISION_LABELS, documentText } from "./messages.ts";
import type { DocumentView } from "./present.ts";

/** The documents the search found, their decisions and files, and the form to attach one. */
export function DocumentsSection(v: {
  lang: Lang;
  csrf: string;
  base: string;
  documents: DocumentView[];
  canUpdate: boolean;
}) {
  const { lang, base } = v;
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">{t(lang, "documents")}</h2>
      {v.documents.length === 0 ? (
        <p class="empty-state">{documentText(lang, "noDocuments")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{documentText(lang, "title")}</th>
              <th scope="col">{t(lang, "outcome")}</th>
              <th scope="col">{documentText(lang, "articles")}</th>
              <th scope="col">{documentText(lang, "file")}</th>
            </tr>
          </thead>
          <tbody>
            {v.documents.map((d) => (
              <tr>
                <td>
                  {d.title} ({documentText(lang, "pages", { n: d.pages })})
                </td>
                <td>
                  {localise(DOCUMENT_DECISION_LABELS[d.decision], lang)}
                  {v.canUpdate && (
                    <>
                      {" · "}
                      <a href={`${base}/documents/${d.id}/decision`}>{t(lang, "decide")}</a>
                    </>
                  )}
                </td>
                <td>{d.articles.join(", ") || "—"}</td>
                <td>
                  <a href={`${base}/documents/${d.id}/original.pdf`}>
                    {documentText(lang, "original")}
                  </a>
                  {(d.decision === "accessible" || d.redacted) && (
                    <>
                      {" · "}
                      <a href={`${base}/documents/${d.id}/diffuse.pdf`}>
                        {documentText(lang, "released")}
                      </a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {v.canUpdate && <UploadForm lang={lang} csrf={v.csrf} action={`${base}/documents`} />}
    </section>
  );
}

/** Attaches a PDF found by the search to the request. */
export function UploadForm(p: { lang: Lang; csrf: string; action: string }) {
  return (
    <form method="post" action={p.action} enctype="multipart/form-data" class="filters">
      <Csrf token={p.csrf} />
      <InlineInput id="title" label={documentText(p.lang, "title")} required maxlength={300} />
      <InlineInput
        id="document"
        label={documentText(p.lang, "file")}
        type="file"
        required
        accept="application/pdf"
      />
      <div>
        <button type="submit">{documentText(p.lang, "addDocument")}</button>
      </div>
    </form>
  );
}
