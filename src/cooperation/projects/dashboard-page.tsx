import type { Child } from "hono/jsx";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { KIND_LABELS, PROJECT_KINDS, PROJECT_STATUSES, STATUS_LABELS } from "./labels.ts";
import { projectText as t } from "./messages.ts";
import { inLang, type PriorityCountsView } from "./present.ts";

const colon = (lang: Lang) => (lang === "fr" ? "\u00a0: " : ": ");

const lineHref = (lang: Lang, code: string) =>
  localisedPath(lang, `/cooperation/projets?ligne=${encodeURIComponent(code)}`);

export function DashboardPage(props: {
  lang: Lang;
  priorities: PriorityCountsView[];
  canCreate: boolean;
  sections: Child[];
}) {
  const { lang } = props;
  return (
    <>
      <h1>{t(lang, "portfolio")}</h1>
      <p class="lead">{t(lang, "portfolioLead")}</p>
      <p>
        <a href={localisedPath(lang, "/cooperation/projets")}>{t(lang, "allProjects")}</a> ·{" "}
        <a href={localisedPath(lang, "/cooperation/organisations")}>{t(lang, "organisations")}</a>
        {props.canCreate && (
          <>
            {" "}
            ·{" "}
            <a class="button" href={localisedPath(lang, "/cooperation/projets/nouveau")}>
              {t(lang, "newProject")}
            </a>
          </>
        )}
      </p>
      <h2>{t(lang, "byLine")}</h2>
      {props.priorities.map((p) => (
        <section aria-labelledby={`priorite-${p.code}`}>
          <h3 id={`priorite-${p.code}`}>
            {t(lang, "priority", { code: p.code })} — {inLang(lang, p.titleFr, p.titleEn)}
          </h3>
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t(lang, "byStatus")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, "line")}</th>
                  <th scope="col" class="num">
                    {t(lang, "total")}
                  </th>
                  {PROJECT_STATUSES.map((s) => (
                    <th scope="col" class="num">
                      {localise(STATUS_LABELS[s], lang)}
                    </th>
                  ))}
                  <th scope="col">{t(lang, "byKind")}</th>
                </tr>
              </thead>
              <tbody>
                {p.lines.map((l) => (
                  <tr>
                    <th scope="row">
                      <span class="line-code">{l.code}</span>{" "}
                      {inLang(lang, l.summaryFr, l.summaryEn) || inLang(lang, l.textFr, l.textEn)}
                    </th>
                    <td class="num">
                      <a href={lineHref(lang, l.code)}>{l.total}</a>
                    </td>
                    {PROJECT_STATUSES.map((s) => (
                      <td class="num">{l.byStatus[s] ?? 0}</td>
                    ))}
                    <td>
                      {l.total === 0
                        ? t(lang, "noProjectOnLine")
                        : PROJECT_KINDS.filter((k) => l.byKind[k])
                            .map(
                              (k) =>
                                `${localise(KIND_LABELS[k], lang)}${colon(lang)}${l.byKind[k]}`,
                            )
                            .join(" · ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {props.sections}
    </>
  );
}
