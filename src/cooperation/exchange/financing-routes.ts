import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { parseForm } from "../../platform/web/form-action.ts";
import { visibilityOf } from "../shared/visibility.ts";
import { importFinancing } from "./commands.ts";
import { FINANCING_FILE } from "./financing-columns.ts";
import { FINANCING_EXPORT_PATH, FINANCING_IMPORT_PATH } from "./financing-section.tsx";
import { financingTable } from "./financing-table.ts";
import { exchangeText as t } from "./messages.ts";
import { loadFinancingRows } from "./queries.ts";
import { readFile } from "./read.ts";
import { sendTable, showImport, uploadedBytes } from "./responses.tsx";
import { uploadForm } from "./schema.ts";

/**
 * Financing lines as CSV and XLSX (those the actor may see), and their import, whose form sits
 * on the project import page. Each line's project is checked against the actor's rights.
 */
export function registerFinancingExchange(router: Router): void {
  const read = access("read", "Financing");
  router.page("GET", `${FINANCING_EXPORT_PATH}.csv`, read, (c) => download(c, "csv"));
  router.page("GET", `${FINANCING_EXPORT_PATH}.xlsx`, read, (c) => download(c, "xlsx"));
  router.page("POST", FINANCING_IMPORT_PATH, access("create", "Financing"), upload);
}

async function download(c: Context<AppEnv>, format: "csv" | "xlsx") {
  const lang = c.var.lang;
  const rows = await loadFinancingRows(c.var.deps.db, visibilityOf(c.var.actor));
  return sendTable(c, financingTable(lang, rows), format, {
    file: t(lang, "financingFileName"),
    sheet: t(lang, "financingSheetName"),
  });
}

async function upload(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const form = await parseForm(c, uploadForm);
  try {
    const bytes = new Uint8Array(await uploadedBytes(lang, form.file));
    const report = await importFinancing(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      c.var.actor,
      c.var.deps.policy,
      await readFile(bytes, FINANCING_FILE),
      { dryRun: form.dryRun === "on" },
    );
    return showImport(c, { financingReport: report }, report.ok ? 200 : 422);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return showImport(c, { financingError: error.messageIn(lang) }, 422);
  }
}
