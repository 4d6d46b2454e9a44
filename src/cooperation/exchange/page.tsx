import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import type { FinancingReport, ImportReport } from "./commands.ts";
import { FINANCING_EXPORT_PATH, FinancingImportSection } from "./financing-section.tsx";
import { exchangeText } from "./messages.ts";
import { ProblemsSection } from "./problems.tsx";
import { UploadForm } from "./upload-form.tsx";

export const IMPORT_PATH = "/cooperation/projets/import";
export const EXPORT_PATH = "/cooperation/projets";

type Key = Parameters<typeof exchangeText>[1];

export type ImportView = {
  lang: Lang;
  csrf: string;
  /** What the actor may do with financing: import lines (create), export them (read). */
  financing: { create: boolean; read: boolean };
  report?: ImportReport;
  error?: string;
  financingReport?: FinancingReport;
  financingError?: string;
};

export function ImportPage(v: ImportView) {
  const t = (key: Key) => exchangeText(v.lang, key);
  const link = (path: string, key: Key) => (
    <li>
      <a href={localisedPath(v.lang, path)}>{t(key)}</a>
    </li>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("lead")}</p>
      <section aria-labelledby="projets">
        <h2 id="projets">{t("projectsTitle")}</h2>
        <p>{t("projectsLead")}</p>
        {v.error && <Alert kind="error">{v.error}</Alert>}
        {v.report && <ReportSection lang={v.lang} report={v.report} />}
        <UploadForm
          lang={v.lang}
          csrf={v.csrf}
          action={IMPORT_PATH}
          id="projects"
          note={t("columnsNote")}
        />
      </section>
      {v.financing.create && (
        <FinancingImportSection
          lang={v.lang}
          csrf={v.csrf}
          report={v.financingReport}
          error={v.financingError}
        />
      )}
      <section aria-labelledby="exporter">
        <h2 id="exporter">{t("exportTitle")}</h2>
        <ul>
          {link(`${EXPORT_PATH}.csv`, "exportCsv")}
          {link(`${EXPORT_PATH}.xlsx`, "exportXlsx")}
          {v.financing.read && link(`${FINANCING_EXPORT_PATH}.csv`, "exportFinancingCsv")}
          {v.financing.read && link(`${FINANCING_EXPORT_PATH}.xlsx`, "exportFinancingXlsx")}
        </ul>
      </section>
    </>
  );
}

function ReportSection({ lang, report }: { lang: Lang; report: ImportReport }) {
  const t = (key: Key, vars?: Record<string, string | number>) => exchangeText(lang, key, vars);
  if (!report.ok) return <ProblemsSection lang={lang} id="rapport" problems={report.problems} />;
  const n = report.projects.length;
  return (
    <section aria-labelledby="rapport">
      <Alert kind={report.dryRun ? "info" : "success"}>
        <p id="rapport">{t(report.dryRun ? "previewDone" : "imported", { n })}</p>
      </Alert>
      <div class="table-wrap">
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col" class="num">
                {t("colRow")}
              </th>
              <th scope="col">{t("colCode")}</th>
              <th scope="col">{t("colTitle")}</th>
              <th scope="col">{t("colStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {report.projects.map((p) => (
              <tr>
                <td class="num">{p.row}</td>
                <td>
                  {report.dryRun ? (
                    p.code || t("newCode")
                  ) : (
                    <a class="code" href={localisedPath(lang, `/cooperation/projets/${p.code}`)}>
                      {p.code}
                    </a>
                  )}
                </td>
                <td>{lang === "fr" ? p.input.titleFr : p.input.titleEn}</td>
                <td>{p.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
