import { performerLabel } from "../../platform/audit/messages.ts";
import { formatDateTime, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { TableCaption, TableHead } from "../../platform/web/table-head.tsx";
import type { ImportReport } from "../datasets/commands.ts";
import { FIRST_LINES } from "../datasets/issues.ts";
import { DATASET_KINDS } from "../datasets/kinds.ts";
import { ACTION_TEXTS, dataMessages, REASON_TEXTS } from "../datasets/messages.ts";
import { datasetAdminText } from "./messages.ts";
import type { DatasetItemView } from "./present.ts";
import type { Upload } from "./upload.ts";

export const DATASET_ADMIN_PATH = "/admin/donnees";

export type DatasetAdminView = {
  lang: Lang;
  csrf: string;
  datasets: DatasetItemView[];
  /** The values sent, shown again beside an error. */
  upload?: Upload;
  error?: string;
  report?: ImportReport;
};

type Key = Parameters<typeof datasetAdminText>[1];

export function DatasetAdminPage(v: DatasetAdminView) {
  const t = (key: Key) => datasetAdminText(v.lang, key);
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("lead")}</p>
      {v.report && <ReportSection lang={v.lang} report={v.report} />}
      <UploadForm {...v} />
      <DatasetTable lang={v.lang} datasets={v.datasets} />
    </>
  );
}

function UploadForm({ lang, csrf, upload, error }: DatasetAdminView) {
  const t = (key: Key, vars?: Record<string, string>) => datasetAdminText(lang, key, vars);
  return (
    <section aria-labelledby="importer">
      <h2 id="importer">{t("formTitle")}</h2>
      {error && <Alert kind="error">{error}</Alert>}
      <form
        method="post"
        enctype="multipart/form-data"
        action={localisedPath(lang, DATASET_ADMIN_PATH)}
        class="stacked"
      >
        <Csrf token={csrf} />
        <div>
          <label for="kind">{t("kind")}</label>
          <select id="kind" name="kind" required>
            {DATASET_KINDS.map((k) => (
              <option value={k} selected={k === upload?.kind}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="vintage">{t("vintage")}</label>
          <input
            id="vintage"
            name="vintage"
            value={upload?.vintage ?? ""}
            maxlength={100}
            aria-describedby="vintage-hint"
          />
          <p id="vintage-hint" class="hint">
            {t("vintageHint", { example: "MCS 2027" })}
          </p>
        </div>
        <div>
          <label for="file">{t("file")}</label>
          <input id="file" name="file" type="file" accept=".csv,text/csv" required />
        </div>
        <div>
          <button type="submit">{t("submit")}</button>
        </div>
      </form>
    </section>
  );
}

function ReportSection({ lang, report }: { lang: Lang; report: ImportReport }) {
  const t = (key: Key, vars?: Record<string, string | number>) => datasetAdminText(lang, key, vars);
  const { kind, vintage } = report;
  const head =
    report.status === "unchanged"
      ? t("unchanged", { kind, vintage, sha: report.sha256.slice(0, 12) })
      : t("imported", { kind, vintage, file: report.fileName, encoding: report.encoding });
  const n = (value: number) => formatNumber(lang, value, 0);
  return (
    <section aria-labelledby="rapport">
      <h2 id="rapport">{t("reportTitle")}</h2>
      <Alert kind={report.status === "unchanged" ? "info" : "success"}>
        <p>{head}</p>
        <p>
          {dataMessages(lang, "counts", {
            read: n(report.rowsRead),
            stored: n(report.rowsStored),
            skipped: n(report.rowsSkipped),
          })}
        </p>
      </Alert>
      {report.issues.length === 0 ? (
        <p>{t("noIssues")}</p>
      ) : (
        <section class="table-wrap" tabindex={0} aria-label={t("issuesCaption")}>
          <table>
            <caption>{t("issuesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("action")}</th>
                <th scope="col">{t("reason")}</th>
                <th scope="col" class="num">
                  {t("count")}
                </th>
                <th scope="col">{t("lines")}</th>
                <th scope="col">{t("examples")}</th>
              </tr>
            </thead>
            <tbody>
              {report.issues.map((g) => {
                // Only the first lines of each reason are kept with the dataset.
                const shown = g.lines.slice(0, FIRST_LINES);
                const more = g.count - shown.length;
                return (
                  <tr>
                    <td>{localise(ACTION_TEXTS[g.action], lang)}</td>
                    <td>{localise(REASON_TEXTS[g.reason], lang)}</td>
                    <td class="num">{n(g.count)}</td>
                    <td>
                      {shown.join(", ")}
                      {more > 0 && <> {t("moreLines", { count: n(more), shown: shown.length })}</>}
                    </td>
                    <td>
                      {g.reason === "out_of_scope" ? "—" : g.details.slice(0, 5).join(" | ") || "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

function DatasetTable({ lang, datasets }: { lang: Lang; datasets: DatasetItemView[] }) {
  const t = (key: Key) => datasetAdminText(lang, key);
  if (datasets.length === 0) return <p class="empty-state">{t("empty")}</p>;
  const n = (value: number) => formatNumber(lang, value, 0);
  return (
    // Focusable, so that a keyboard can scroll it when it is wider than the screen.
    <section class="table-wrap" tabindex={0} aria-label={t("caption")}>
      <table>
        <TableCaption text={t("caption")} hint={t("timesHint")} />
        <TableHead
          columns={[
            t("kind"),
            t("vintage"),
            t("fileName"),
            t("sha"),
            { text: t("rowsRead"), num: true },
            { text: t("rowsStored"), num: true },
            { text: t("rowsSkipped"), num: true },
            t("importedAt"),
            t("importedBy"),
            t("warnings"),
          ]}
        />
        <tbody>
          {datasets.map((d) => (
            <tr>
              <td>
                <code>{d.kind}</code>
              </td>
              <td>{d.vintage}</td>
              <td>{d.fileName}</td>
              <td>
                <code title={d.sha256}>{d.sha256.slice(0, 12)}</code>
              </td>
              <td class="num">{n(d.rowsRead)}</td>
              <td class="num">{n(d.rowsStored)}</td>
              <td class="num">{n(d.rowsSkipped)}</td>
              <td>
                <time datetime={d.importedAt.toISOString()}>
                  {formatDateTime(lang, d.importedAt)}
                </time>
              </td>
              <td>{d.importedBy ? performerLabel(lang, d.importedBy) : t("unknownPerformer")}</td>
              <td>
                {d.warnings.length === 0 ? (
                  t("noWarnings")
                ) : (
                  <ul class="warnings">
                    {d.warnings.map((g) => (
                      <li>
                        {datasetAdminText(lang, "warningItem", {
                          reason: localise(REASON_TEXTS[g.reason], lang),
                          action: localise(ACTION_TEXTS[g.action], lang),
                          count: n(g.count),
                          details: g.details.join(", "),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
