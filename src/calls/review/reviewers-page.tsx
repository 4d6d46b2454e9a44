import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { reviewText as t } from "./messages.ts";
import { PARTIES } from "./page-parts.tsx";
import { REVIEWERS_PATH } from "./paths.ts";
import type { ReviewerView } from "./present.ts";

export function ReviewerProfilesPage(p: {
  lang: Lang;
  csrf: string;
  reviewers: ReviewerView[];
  error?: string;
  notice?: string;
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "profilesTitle")}</h1>
      <p class="lead">{t(lang, "profilesLead")}</p>
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      {p.error && <Alert kind="error">{p.error}</Alert>}
      {p.reviewers.length === 0 ? (
        <p class="empty-state">{t(lang, "noReviewers")}</p>
      ) : (
        p.reviewers.map((r) => (
          <form
            method="post"
            action={localisedPath(lang, `${REVIEWERS_PATH}/${r.id}`)}
            class="stack"
          >
            <h2>
              {r.name} ({r.email})
            </h2>
            <Csrf token={p.csrf} />
            <div>
              <label for={`party-${r.id}`}>{t(lang, "party")}</label>
              <select id={`party-${r.id}`} name="party">
                {PARTIES.map(([value, label]) => (
                  <option value={value} selected={value === r.party}>
                    {label[lang]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for={`organisation-${r.id}`}>{t(lang, "organisation")}</label>
              <input
                id={`organisation-${r.id}`}
                name="organisation"
                value={r.organisation}
                required
              />
            </div>
            <button type="submit">{t(lang, "saveProfile")}</button>
          </form>
        ))
      )}
    </>
  );
}
