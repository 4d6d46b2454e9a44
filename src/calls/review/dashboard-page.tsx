import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { ListTable } from "../shared/list-table.tsx";
import { reviewText as t } from "./messages.ts";
import { REVIEWERS_PATH, reviewApplicationPath } from "./paths.ts";
import type { DashboardLineView, RankingLineView } from "./present.ts";

export function DashboardPage(p: {
  lang: Lang;
  code: string;
  callTitle: string;
  lines: DashboardLineView[];
  ranking: RankingLineView[];
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "dashboard", { code: p.code })}</h1>
      <p class="lead">
        {p.callTitle}. {t(lang, "dashboardLead")}
      </p>
      <p>
        <a href={localisedPath(lang, REVIEWERS_PATH)}>{t(lang, "reviewersLink")}</a>
      </p>
      <p>
        {t(lang, "exportsLinks")}{" "}
        <a href={localisedPath(lang, `/appels/${p.code}/candidatures.csv`)}>CSV</a>,{" "}
        <a href={localisedPath(lang, `/appels/${p.code}/candidatures.xlsx`)}>XLSX</a>,{" "}
        <a href={localisedPath(lang, `/appels/${p.code}/dossier-comite.zip`)}>
          {t(lang, "committeePack")}
        </a>
      </p>
      <h2>{t(lang, "applicationsHeading")}</h2>
      <ListTable
        columns={[
          t(lang, "reference"),
          t(lang, "title"),
          t(lang, "screeningQc"),
          t(lang, "screeningFr"),
          t(lang, "opinions"),
        ]}
        items={p.lines}
        empty={t(lang, "noApplications")}
        row={(l) => (
          <tr>
            <td class="code">
              <a href={localisedPath(lang, reviewApplicationPath(p.code, l.id))}>{l.reference}</a>
            </td>
            <td>
              {l.title}
              {l.sentBack && <span class="badge danger"> {t(lang, "sentBack")}</span>}
            </td>
            <td>{l.screening.qc}</td>
            <td>{l.screening.fr}</td>
            <td>{l.opinions}</td>
          </tr>
        )}
      />
      <h2>{t(lang, "rankingHeading")}</h2>
      <p class="hint">{t(lang, "rankingLead")}</p>
      <ListTable
        id="ranking"
        columns={[
          t(lang, "rank"),
          t(lang, "reference"),
          t(lang, "title"),
          { text: t(lang, "mean"), num: true },
          t(lang, "opinions"),
          t(lang, "disagreements"),
        ]}
        items={p.ranking}
        empty={t(lang, "noRanking")}
        row={(r) => (
          <tr>
            <td>{r.rank}</td>
            <td class="code">
              <a href={localisedPath(lang, reviewApplicationPath(p.code, r.id))}>{r.reference}</a>
            </td>
            <td>{r.title}</td>
            <td class="num">{r.mean}</td>
            <td>{r.opinions}</td>
            <td>
              {r.disagreements.length === 0 ? (
                t(lang, "none")
              ) : (
                <span class="badge danger">{r.disagreements.join(", ")}</span>
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}
