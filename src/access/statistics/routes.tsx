import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { todayIn } from "../requests/schema.ts";
import { computeStatistics, yearsOf } from "./compute.ts";
import { csvFileName, statisticsCsv } from "./csv.ts";
import { statsText as t } from "./messages.ts";
import { STATISTICS_PATH, StatisticsPage } from "./pages.tsx";
import { loadStatisticsRows } from "./queries.ts";
import { renderAnnualReport } from "./report-pdf.ts";

const READ = access("read", "AccessStatistics");
const REPORT_FILE = /^rapport-(\d{4})\.pdf$/;

/** The public statistics: the page, the CSV of every year or one, the annual report in PDF. */
export function registerAccessStatistics(router: Router): void {
  router.page("GET", STATISTICS_PATH, READ, showStatistics);
  router.page("GET", `${STATISTICS_PATH}.csv`, READ, downloadCsv);
  router.page("GET", `${STATISTICS_PATH}/:file`, READ, downloadReport);
}

/** ?annee=2024: absent is fine, anything but a four-digit year is a malformed request. */
function yearParam(c: Context<AppEnv>): number | undefined {
  const raw = c.req.query("annee");
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d{4}$/.test(raw)) throw fail("bad_request");
  return Number(raw);
}

async function showStatistics(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const asked = yearParam(c);
  const rows = await loadStatisticsRows(c.var.deps.db);
  const years = yearsOf(rows);
  const year = asked ?? years[0];
  const figures = year === undefined ? [] : computeStatistics(rows, [year]);
  return renderPage(
    c,
    t(lang, "title"),
    <StatisticsPage lang={lang} years={years} year={year} figures={figures} />,
  );
}

async function downloadCsv(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const year = yearParam(c);
  const rows = await loadStatisticsRows(c.var.deps.db, year);
  const figures = computeStatistics(rows, year === undefined ? undefined : [year]);
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="${csvFileName(lang, year)}"`);
  return c.body(statisticsCsv(lang, figures), 200);
}

async function downloadReport(c: Context<AppEnv>) {
  const match = REPORT_FILE.exec(c.req.param("file") ?? "");
  if (!match) throw fail("not_found");
  const year = Number(match[1]);
  const lang = c.var.lang;
  const figures = computeStatistics(await loadStatisticsRows(c.var.deps.db, year), [year]);
  const pdf = await renderAnnualReport({
    lang,
    year,
    figures,
    generatedOn: todayIn("qc", c.var.deps.now()),
  });
  c.header("Content-Type", "application/pdf");
  c.header("Content-Disposition", `inline; filename="rapport-${year}.pdf"`);
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200);
}
