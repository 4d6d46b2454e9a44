/** The lists of briefs: the public list of published ones and the members' workspace. */
import { formatDate } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { author, Status } from "./brief-parts.tsx";
import { briefText as t } from "./messages.ts";
import { type BriefStatus, titleIn } from "./model.ts";
import { briefPath, briefsPath } from "./paths.ts";
import type { Brief } from "./queries.ts";

function BriefTable(props: { lang: Lang; briefs: Brief[]; caption: string; published?: boolean }) {
  const { lang } = props;
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t(lang, "title")}</th>
          <th scope="col">{t(lang, "author")}</th>
          <th scope="col">{props.published ? t(lang, "publishedOn") : t(lang, "status")}</th>
        </tr>
      </thead>
      <tbody>
        {props.briefs.map((b) => (
          <tr>
            <th scope="row">
              <a href={briefPath(lang, b.id)}>{titleIn(b.content, lang)}</a>
            </th>
            <td>{author(lang, b)}</td>
            <td>
              {props.published && b.publishedAt ? (
                formatDate(lang, b.publishedAt)
              ) : (
                <Status lang={lang} status={b.status} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PublicListPage(props: { lang: Lang; briefs: Brief[]; canReview: boolean }) {
  const { lang } = props;
  return (
    <>
      <h1>{t(lang, "listTitle")}</h1>
      <p class="lead">{t(lang, "listLead")}</p>
      <p>
        <a href={briefsPath(lang, "/flux.atom")} type="application/atom+xml">
          {t(lang, "feed")}
        </a>
        {props.canReview && (
          <>
            {" · "}
            <a href={briefsPath(lang, "/travail")}>{t(lang, "workspace")}</a>
          </>
        )}
      </p>
      {props.briefs.length === 0 ? (
        <p class="empty-state">{t(lang, "nonePublished")}</p>
      ) : (
        <BriefTable
          lang={lang}
          briefs={props.briefs}
          caption={t(lang, "publishedCaption")}
          published
        />
      )}
    </>
  );
}

export function WorkspacePage(props: { lang: Lang; briefs: Brief[]; canCreate: boolean }) {
  const { lang } = props;
  const of = (s: BriefStatus) => props.briefs.filter((b) => b.status === s);
  const sections: [BriefStatus, string][] = [
    ["in_review", t(lang, "queueCaption")],
    ["approved", t(lang, "approvedCaption")],
    ["draft", t(lang, "draftsCaption")],
  ];
  return (
    <>
      <h1>{t(lang, "workspace")}</h1>
      <p class="lead">{t(lang, "workspaceLead")}</p>
      <p>
        {props.canCreate && (
          <>
            <a class="button" href={briefsPath(lang, "/nouvelle")}>
              {t(lang, "newBrief")}
            </a>{" "}
          </>
        )}
        <a href={briefsPath(lang)}>{t(lang, "listTitle")}</a>
      </p>
      {sections.map(([status, caption]) => (
        <section>
          <h2>{caption}</h2>
          {of(status).length === 0 ? (
            <p class="empty-state">{t(lang, "noneHere")}</p>
          ) : (
            <BriefTable lang={lang} briefs={of(status)} caption={caption} />
          )}
        </section>
      ))}
    </>
  );
}
