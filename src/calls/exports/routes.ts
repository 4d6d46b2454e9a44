import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { attachmentDisposition } from "../../platform/http/attachment.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import type { Snapshot } from "../applications/snapshot.ts";
import { type CallRow, callDetails, findCallByCode } from "../calls/queries.ts";
import { decisionBoard } from "../decisions/queries.ts";
import { dashboardRows, screeningsOf, submittedScoresOf } from "../review/queries.ts";
import { rankingOf } from "../review/ranking.ts";
import { exportText as t } from "./messages.ts";
import { applicationSummaryPdf, rankingSummaryPdf } from "./pack-pdf.ts";
import {
  type ExportedApplication,
  entryName,
  presentApplicationSummary,
  presentApplicationsTable,
  presentRankingSummary,
} from "./present.ts";
import { exportedApplications, versionFiles } from "./queries.ts";
import { tableCsv, tableXlsx } from "./spreadsheet.ts";
import { zipOf } from "./zip.ts";

const EXPORT = access("export", "CallApplications");
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The officials' exports of a call: the applications as a table, and the committee's pack. */
export function registerExports(router: Router): void {
  router.page("GET", "/appels/:call/candidatures.csv", EXPORT, (c) => applications(c, "csv"));
  router.page("GET", "/appels/:call/candidatures.xlsx", EXPORT, (c) => applications(c, "xlsx"));
  router.page("GET", "/appels/:call/dossier-comite.zip", EXPORT, pack);
}

async function callOf(c: Context<AppEnv>): Promise<CallRow> {
  const call = await findCallByCode(c.var.deps.db, c.req.param("call") ?? "");
  if (call?.status !== "published") throw fail("not_found");
  return call;
}

/** Each application with its review line, its place in the ranking and its decision. */
async function gather(c: Context<AppEnv>, call: CallRow) {
  const db = c.var.deps.db;
  const [rows, lines, ranking, board] = await Promise.all([
    exportedApplications(db, call.id),
    dashboardRows(db, call.id),
    rankingOf(db, call.id),
    decisionBoard(db, call.id),
  ]);
  const items: ExportedApplication[] = rows.map((row) => ({
    row,
    snapshot: JSON.parse(row.snapshot) as Snapshot,
    line: lines.find((l) => l.id === row.id),
    ranked: ranking.find((r) => r.applicationId === row.id),
    decision: board.find((d) => d.application_id === row.id),
  }));
  return { items, ranking };
}

/** A download: private, never cached, named in the reader's language. */
function download(
  c: Context<AppEnv>,
  body: string | ArrayBuffer | Uint8Array,
  type: string,
  name: string,
) {
  return c.body(body as string, 200, {
    "content-type": type,
    "content-disposition": attachmentDisposition(name),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
}

async function applications(c: Context<AppEnv>, format: "csv" | "xlsx") {
  const lang = c.var.lang;
  const call = await callOf(c);
  const table = presentApplicationsTable((await gather(c, call)).items, lang);
  const name = `${t(lang, "fileApplications", { code: call.code })}.${format}`;
  return format === "csv"
    ? download(c, tableCsv(table), "text/csv; charset=utf-8", name)
    : download(c, await tableXlsx(table, t(lang, "sheet")), XLSX_TYPE, name);
}

async function pack(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const call = await callOf(c);
  const [{ items, ranking }, { criteria }] = await Promise.all([
    gather(c, call),
    callDetails(db, call.id),
  ]);
  async function* entries() {
    yield {
      name: `${t(lang, "fileRanking")}.pdf`,
      content: await rankingSummaryPdf(presentRankingSummary(call, ranking, lang), lang),
    };
    // One application at a time: its files are read only when its turn comes.
    for (const item of items) {
      const folder = entryName(item.row.reference);
      const [screenings, scores, files] = await Promise.all([
        screeningsOf(db, item.row.id),
        submittedScoresOf(db, item.row.id),
        versionFiles(db, item.row.id, item.row.version_number),
      ]);
      const view = presentApplicationSummary(item, { call, criteria, screenings, scores }, lang);
      yield {
        name: `${folder}/${entryName(t(lang, "fileSummary"))}.pdf`,
        content: await applicationSummaryPdf(view, lang),
      };
      // Two documents of a call may share a label: the archive needs distinct names.
      const taken = new Set<string>();
      for (const file of files) {
        const label = entryName(lang === "fr" ? file.label_fr : file.label_en);
        let name = `${folder}/${label}.pdf`;
        for (let n = 2; taken.has(name); n++) name = `${folder}/${label} (${n}).pdf`;
        taken.add(name);
        yield { name, content: file.content };
      }
    }
  }
  const zip = await zipOf(entries());
  return download(c, zip, "application/zip", `${t(lang, "filePack", { code: call.code })}.zip`);
}
