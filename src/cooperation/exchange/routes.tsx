import type { Context } from "hono";
import { performerOf } from "../../platform/audit/command.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { todayOf } from "../projects/today.ts";
import { visibilityOf } from "../visibility.ts";
import { importProjects } from "./import.ts";
import { exchangeText as t } from "./messages.ts";
import { EXPORT_PATH, IMPORT_PATH, ImportPage, type ImportView } from "./page.tsx";
import { readProjectFile } from "./read.ts";
import { loadExportRows } from "./repository.ts";
import { projectsCsv, projectTable } from "./table.ts";
import { projectsXlsx } from "./xlsx.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The portfolio as CSV and XLSX (what the actor may see), and the import page. Registered
 * before the project page, whose /cooperation/projets/:code would otherwise take "import".
 */
export function registerExchange(router: Router): void {
  const read = access("read", "Project");
  router.page("GET", `${EXPORT_PATH}.csv`, read, (c) => download(c, "csv"));
  router.page("GET", `${EXPORT_PATH}.xlsx`, read, (c) => download(c, "xlsx"));
  router.page("GET", IMPORT_PATH, access("create", "Project"), (c) => show(c, {}));
  router.page("POST", IMPORT_PATH, access("create", "Project"), upload);
}

async function download(c: Context<AppEnv>, format: "csv" | "xlsx") {
  const lang = c.var.lang;
  const actor = c.var.actor;
  const rows = await loadExportRows(c.var.deps.db, visibilityOf(actor));
  const table = projectTable(lang, rows, c.var.deps.policy.can(actor, "read", "Financing"));
  c.header("Cache-Control", "private, no-store");
  c.header("Content-Disposition", `attachment; filename="${t(lang, "fileName")}.${format}"`);
  if (format === "csv") {
    c.header("Content-Type", "text/csv; charset=utf-8");
    return c.body(projectsCsv(table), 200);
  }
  c.header("Content-Type", XLSX_TYPE);
  return c.body(await projectsXlsx(table, t(lang, "sheetName")), 200);
}

async function upload(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const body = await c.req.parseBody();
  const file = body.file;
  try {
    // A form sent without choosing a file still carries an empty, nameless part.
    if (!(file instanceof File) || file.size === 0)
      throw fail("cooperation_import_file", { reason: t(lang, "fileRequired") });
    const rows = await readProjectFile(new Uint8Array(await file.arrayBuffer()));
    const report = await importProjects(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      c.var.actor,
      rows,
      { dryRun: body.dryRun === "on", today: todayOf(c.var.deps.now()) },
    );
    return show(c, { report }, report.ok ? 200 : 422);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return show(c, { error: error.messageIn(lang) }, 422);
  }
}

function show(
  c: Context<AppEnv>,
  view: Pick<ImportView, "report" | "error">,
  status: 200 | 422 = 200,
) {
  const lang = c.var.lang;
  c.header("Cache-Control", "no-store");
  return renderPage(
    c,
    t(lang, "title"),
    <ImportPage lang={lang} csrf={c.var.csrfToken} {...view} />,
    status,
  );
}
