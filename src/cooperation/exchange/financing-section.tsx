import type { Lang } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { formatMoney } from "../financing/money.ts";
import type { FinancingReport, LineSummary } from "./commands.ts";
import { exchangeText } from "./messages.ts";
import { ProblemsSection } from "./problems.tsx";
import { UploadForm } from "./upload-form.tsx";

export const FINANCING_IMPORT_PATH = "/cooperation/financement/import";
export const FINANCING_EXPORT_PATH = "/cooperation/financement";

type Key = Parameters<typeof exchangeText>[1];

/** The financing half of the import page: its form, and the report of the last file sent. */
export function FinancingImportSection(props: {
  lang: Lang;
  csrf: string;
  report?: FinancingReport;
  error?: string;
}) {
  const { lang } = props;
  const t = (key: Key) => exchangeText(lang, key);
  return (
    <section aria-labelledby="financement">
      <h2 id="financement">{t("financingTitle")}</h2>
      <p>{t("financingLead")}</p>
      {props.error && <Alert kind="error">{props.error}</Alert>}
      {props.report && <FinancingReportSection lang={lang} report={props.report} />}
      <UploadForm
        lang={lang}
        csrf={props.csrf}
        action={FINANCING_IMPORT_PATH}
        id="financing"
        note={t("financingNote")}
      />
    </section>
  );
}

function FinancingReportSection({ lang, report }: { lang: Lang; report: FinancingReport }) {
  if (!report.ok)
    return <ProblemsSection lang={lang} id="rapport-financement" problems={report.problems} />;
  const vars = { n: report.added.length, skipped: report.skipped.length };
  return (
    <section aria-labelledby="rapport-financement">
      <Alert kind={report.dryRun ? "info" : "success"}>
        <p id="rapport-financement">
          {exchangeText(lang, report.dryRun ? "financingPreview" : "financingImported", vars)}
        </p>
      </Alert>
      <LinesTable
        lang={lang}
        caption={report.dryRun ? "toAddCaption" : "addedCaption"}
        lines={report.added}
      />
      <LinesTable lang={lang} caption="skippedCaption" lines={report.skipped} />
    </section>
  );
}

function LinesTable(props: { lang: Lang; caption: Key; lines: LineSummary[] }) {
  const t = (key: Key) => exchangeText(props.lang, key);
  if (props.lines.length === 0) return null;
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption>{t(props.caption)}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t("colRow")}
            </th>
            <th scope="col">{t("colProject")}</th>
            <th scope="col">{t("colFunder")}</th>
            <th scope="col" class="num">
              {t("colAmount")}
            </th>
            <th scope="col">{t("colDate")}</th>
          </tr>
        </thead>
        <tbody>
          {props.lines.map((l) => (
            <tr>
              <td class="num">{l.row}</td>
              <td>{l.project}</td>
              <td>{l.funder}</td>
              <td class="num">{formatMoney(props.lang, l.cents, l.currency)}</td>
              <td>{l.committedOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
