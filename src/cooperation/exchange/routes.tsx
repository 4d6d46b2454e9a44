import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { parseForm } from "../../platform/web/form-action.ts";
import { todayOf } from "../projects/today.ts";
import { visibilityOf } from "../shared/visibility.ts";
import { importProjects } from "./commands.ts";
import { registerFinancingExchange } from "./financing-routes.ts";
import { exchangeText as t } from "./messages.ts";
import { EXPORT_PATH, IMPORT_PATH } from "./page.tsx";
import { loadExportRows } from "./queries.ts";
import { readProjectFile } from "./read.ts";
import { sendTable, showImport, uploadedBytes } from "./responses.tsx";
import { uploadForm } from "./schema.ts";
import { projectTable } from "./table.ts";

/**
 * The portfolio as CSV and XLSX (what the actor may see), and the import page. Registered
 * before the project page, whose /cooperation/projets/:code would otherwise take "import".
 */
export function registerExchange(router: Router): void {
  const read = access("read", "Project");
  router.page("GET", `${EXPORT_PATH}.csv`, read, (c) => download(c, "csv"));
  router.page("GET", `${EXPORT_PATH}.xlsx`, read, (c) => download(c, "xlsx"));
  router.page("GET", IMPORT_PATH, access("create", "Project"), (c) => showImport(c, {}));
  router.page("POST", IMPORT_PATH, access("create", "Project"), upload);
  registerFinancingExchange(router);
}

async function download(c: Context<AppEnv>, format: "csv" | "xlsx") {
  const lang = c.var.lang;
  const actor = c.var.actor;
  const rows = await loadExportRows(c.var.deps.db, visibilityOf(actor));
  const table = projectTable(lang, rows, c.var.deps.policy.can(actor, "read", "Financing"));
  return sendTable(c, table, format, { file: t(lang, "fileName"), sheet: t(lang, "sheetName") });
}

async function upload(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const form = await parseForm(c, uploadForm);
  try {
    const rows = await readProjectFile(new Uint8Array(await uploadedBytes(lang, form.file)));
    const report = await importProjects(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      c.var.actor,
      rows,
      { dryRun: form.dryRun === "on", today: todayOf(c.var.deps.now()) },
    );
    return showImport(c, { report }, report.ok ? 200 : 422);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return showImport(c, { error: error.messageIn(lang) }, 422);
  }
}
