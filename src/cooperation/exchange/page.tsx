import { Alert } from "../../platform/auth/pages.tsx";
import { fail } from "../../platform/errors/app-error.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import type { ImportReport } from "./import.ts";
import { exchangeText } from "./messages.ts";

export const IMPORT_PATH = "/cooperation/projets/import";
export const EXPORT_PATH = "/cooperation/projets";

type Key = Parameters<typeof exchangeText>[1];

export type ImportView = { lang: Lang; csrf: string; report?: ImportReport; error?: string };

export function ImportPage(v: ImportView) {
  const t = (key: Key, vars?: Record<string, string | number>) => exchangeText(v.lang, key, vars);
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("lead")}</p>
      {v.error && <Alert kind="error">{v.error}</Alert>}
      {v.report && <ReportSection lang={v.lang} report={v.report} />}
      <form
        method="post"
        enctype="multipart/form-data"
        action={localisedPath(v.lang, IMPORT_PATH)}
        class="stacked"
      >
        <input type="hidden" name="_csrf" value={v.csrf} />
        <div>
          <label for="file">{t("file")}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            aria-describedby="columns-note"
          />
          <p id="columns-note" class="hint">
            {t("columnsNote")}
          </p>
        </div>
        <div>
          <input id="dry-run" name="dryRun" type="checkbox" value="on" />
          <label for="dry-run">{t("dryRun")}</label>
        </div>
        <div>
          <button type="submit">{t("submit")}</button>
        </div>
      </form>
      <section aria-labelledby="exporter">
        <h2 id="exporter">{t("exportTitle")}</h2>
        <ul>
          <li>
            <a href={localisedPath(v.lang, `${EXPORT_PATH}.csv`)}>{t("exportCsv")}</a>
          </li>
          <li>
            <a href={localisedPath(v.lang, `${EXPORT_PATH}.xlsx`)}>{t("exportXlsx")}</a>
          </li>
        </ul>
      </section>
    </>
  );
}

function ReportSection({ lang, report }: { lang: Lang; report: ImportReport }) {
  const t = (key: Key, vars?: Record<string, string | number>) => exchangeText(lang, key, vars);
  if (!report.ok) {
    const rows = report.problems.map((p) => p.row);
    return (
      <section aria-labelledby="rapport">
        <Alert kind="error">
          <p id="rapport">
            {fail("cooperation_import_rows", {
              count: rows.length,
              rows: rows.join(", "),
            }).messageIn(lang)}
          </p>
        </Alert>
        <div class="table-wrap">
          <table class="data-table">
            <caption>{t("problemsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  {t("colRow")}
                </th>
                <th scope="col">{t("colReasons")}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p) => (
                <tr>
                  <th scope="row" class="num">
                    {p.row}
                  </th>
                  <td>
                    <ul>
                      {p.reasons.map((r) => (
                        <li>{localise(r, lang)}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  }
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
                    <a href={localisedPath(lang, `/cooperation/projets/${p.code}`)}>{p.code}</a>
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
