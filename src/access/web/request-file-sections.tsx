/** The request's file on its page: the documented search, the documents found, the third parties notified. */

import { formatDate } from "../../platform/i18n/format.ts";
import { localise } from "../../platform/i18n/i18n.ts";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { InlineInput } from "../../platform/web/inline-input.tsx";
import { deadlineRules } from "../deadlines/rules.ts";
import { DOCUMENT_DECISION_LABELS, accessText as t } from "./messages.ts";

import type { RequestView } from "./request-page.tsx";

export function SearchSection({ v, action }: { v: RequestView; action: string }) {
  const { lang } = v;
  return (
    <section aria-labelledby="recherche">
      <h2 id="recherche">{t(lang, "searchLog")}</h2>
      {v.file.searches.length === 0 ? (
        <p class="empty-state">{t(lang, "noSearch")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, "unit")}</th>
              <th scope="col">{t(lang, "onDate")}</th>
              <th scope="col">{t(lang, "result")}</th>
              <th scope="col">{t(lang, "officer")}</th>
            </tr>
          </thead>
          <tbody>
            {v.file.searches.map((s) => (
              <tr>
                <td>{s.unit}</td>
                <td>{formatDate(lang, s.searched_on)}</td>
                <td class="prewrap">{s.result}</td>
                <td>{s.by_name ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {v.canUpdate && (
        <form method="post" action={action} class="filters">
          <Csrf token={v.csrf} />
          <InlineInput id="unit" label={t(lang, "unit")} required maxlength={200} />
          <InlineInput
            id="searchedOn"
            label={t(lang, "onDate")}
            type="date"
            value={v.today}
            required
          />
          <InlineInput id="result" label={t(lang, "result")} required maxlength={2000} />
          <div>
            <button type="submit">{t(lang, "addSearch")}</button>
          </div>
        </form>
      )}
    </section>
  );
}

export function DocumentsSection({ v, base }: { v: RequestView; base: string }) {
  const { lang } = v;
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">{t(lang, "documents")}</h2>
      {v.file.documents.length === 0 ? (
        <p class="empty-state">{t(lang, "noDocuments")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, "title")}</th>
              <th scope="col">{t(lang, "outcome")}</th>
              <th scope="col">{t(lang, "articles")}</th>
              <th scope="col">{t(lang, "file")}</th>
            </tr>
          </thead>
          <tbody>
            {v.file.documents.map((d) => (
              <tr>
                <td>
                  {d.title} ({t(lang, "pages", { n: d.pages })})
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
                  <a href={`${base}/documents/${d.id}/original.pdf`}>{t(lang, "original")}</a>
                  {(d.decision === "accessible" || d.redacted) && (
                    <>
                      {" · "}
                      <a href={`${base}/documents/${d.id}/diffuse.pdf`}>{t(lang, "released")}</a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {v.canUpdate && (
        <form
          method="post"
          action={`${base}/documents`}
          enctype="multipart/form-data"
          class="filters"
        >
          <Csrf token={v.csrf} />
          <InlineInput id="title" label={t(lang, "title")} required maxlength={300} />
          <InlineInput
            id="document"
            label={t(lang, "file")}
            type="file"
            required
            accept="application/pdf"
          />
          <div>
            <button type="submit">{t(lang, "addDocument")}</button>
          </div>
        </form>
      )}
    </section>
  );
}

export function ThirdPartySection({ v, action }: { v: RequestView; action: string }) {
  const { lang } = v;
  const notices = v.file.thirdParties;
  if (notices.length === 0 && !v.canUpdate) return null;
  return (
    <section aria-labelledby="tiers">
      <h2 id="tiers">{t(lang, "thirdParties")}</h2>
      {notices.length === 0 ? (
        <p class="empty-state">{t(lang, "noThirdParty")}</p>
      ) : (
        <ul>
          {notices.map((n) => (
            <li>
              {n.third_party} — {t(lang, "thirdPartySent", { date: formatDate(lang, n.sent_on) })}
              {" · "}
              {t(lang, "thirdPartyDue", {
                date: formatDate(lang, n.answer_due_on),
                days: deadlineRules().qc.thirdPartyObservations.days,
                basis: deadlineRules().qc.thirdPartyObservations.basis,
              })}
            </li>
          ))}
        </ul>
      )}
      {v.canUpdate && (
        <form method="post" action={action} class="filters">
          <Csrf token={v.csrf} />
          <InlineInput id="thirdParty" label={t(lang, "thirdParty")} required maxlength={200} />
          <InlineInput id="sentOn" label={t(lang, "onDate")} type="date" value={v.today} required />
          <div>
            <button type="submit">{t(lang, "notifyThirdParty")}</button>
          </div>
        </form>
      )}
    </section>
  );
}
