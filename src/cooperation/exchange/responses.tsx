import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { exchangeText as t } from "./messages.ts";
import { ImportPage, type ImportView } from "./page.tsx";
import { type Table, tableCsv } from "./table.ts";
import { tableXlsx } from "./xlsx.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A table as a download: private, never cached, named in the reader's language. */
export async function sendTable(
  c: Context<AppEnv>,
  table: Table,
  format: "csv" | "xlsx",
  names: { file: string; sheet: string },
) {
  c.header("Cache-Control", "private, no-store");
  c.header("Content-Disposition", `attachment; filename="${names.file}.${format}"`);
  if (format === "csv") {
    c.header("Content-Type", "text/csv; charset=utf-8");
    return c.body(tableCsv(table), 200);
  }
  c.header("Content-Type", XLSX_TYPE);
  return c.body(await tableXlsx(table, names.sheet), 200);
}

/** The uploaded file's bytes; a form sent without choosing a file still carries an empty part. */
export function uploadedBytes(lang: Lang, file: unknown): Promise<ArrayBuffer> {
  if (!(file instanceof File) || file.size === 0)
    throw fail("cooperation_import_file", { reason: t(lang, "fileRequired") });
  return file.arrayBuffer();
}

/** The import page, with the report or error of the file just sent, if any. */
export function showImport(
  c: Context<AppEnv>,
  view: Pick<ImportView, "report" | "error" | "financingReport" | "financingError">,
  status: 200 | 422 = 200,
) {
  const lang = c.var.lang;
  const { actor, deps } = c.var;
  const financing = {
    create: deps.policy.can(actor, "create", "Financing"),
    read: deps.policy.can(actor, "read", "Financing"),
  };
  c.header("Cache-Control", "no-store");
  return renderPage(
    c,
    t(lang, "title"),
    <ImportPage lang={lang} csrf={c.var.csrfToken} financing={financing} {...view} />,
    status,
  );
}
