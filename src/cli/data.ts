import fs from "node:fs";
import { importDataset, listDatasets } from "../criticality/datasets/import.ts";
import { importerFor } from "../criticality/datasets/kinds.ts";
import { dataMessages } from "../criticality/datasets/messages.ts";
import { reportLines } from "../criticality/datasets/report.ts";
import { fail } from "../platform/errors/app-error.ts";
import { parseOptions } from "./args.ts";
import { type CliContext, type Subcommand, UsageError } from "./context.ts";
import { cli } from "./messages.ts";

/** alliage data import KIND FILE [--vintage V] [--json] | list [--json] */
export const dataCommand: Subcommand = async (ctx) => {
  const lang = ctx.config.cliLang;
  const [action, ...rest] = ctx.args;
  const { values, positionals } = parseOptions(lang, rest, {
    vintage: { type: "string" },
    json: { type: "boolean" },
  });
  const json = values.json === true;
  if (action === "import") {
    const [kind, file, ...extra] = positionals;
    if (!kind || !file || extra.length > 0) throw new UsageError(cli(lang, "usage"));
    // Refused before the database is opened: nothing to write, nothing to wait for.
    importerFor(kind);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw fail("dataset_file_not_found", { file });
    }
    return runImport(
      ctx,
      kind,
      file,
      typeof values.vintage === "string" ? values.vintage : undefined,
      json,
    );
  }
  if (action === "list" && positionals.length === 0) return list(ctx, json);
  throw new UsageError(cli(lang, "usage"));
};

async function runImport(
  ctx: CliContext,
  kind: string,
  file: string,
  vintage: string | undefined,
  json: boolean,
) {
  const lang = ctx.config.cliLang;
  const size = (fs.statSync(file).size / 1e6).toFixed(1);
  ctx.err(
    dataMessages(lang, "parsing", { file, size: lang === "fr" ? size.replace(".", ",") : size }),
  );
  let shown = -1;
  const onProgress = (written: number, total: number) => {
    const percent = total === 0 ? 100 : Math.floor((written / total) * 100);
    // At most one line per tenth, so a long import shows it is moving without flooding.
    if (written > 0 && (percent >= shown + 10 || (percent === 100 && shown < 100))) {
      shown = percent;
      ctx.err(dataMessages(lang, "progress", { percent, written, total }));
    }
  };
  const db = await ctx.database();
  try {
    const report = await importDataset(db, { kind, file, vintage, onProgress });
    if (json) ctx.out(JSON.stringify(report, null, 2));
    else for (const line of reportLines(report, lang)) ctx.out(line);
    return 0;
  } finally {
    await db.close();
  }
}

async function list(ctx: CliContext, json: boolean) {
  const lang = ctx.config.cliLang;
  const db = await ctx.database();
  try {
    const rows = await listDatasets(db);
    if (json) {
      ctx.out(
        JSON.stringify(
          rows.map(({ issues: _issues, ...r }) => r),
          null,
          2,
        ),
      );
      return 0;
    }
    if (rows.length === 0) {
      ctx.out(dataMessages(lang, "noDatasets"));
      return 0;
    }
    ctx.out(dataMessages(lang, "listHeader"));
    for (const r of rows) {
      const at = new Date(r.imported_at).toISOString().slice(0, 16).replace("T", " ");
      ctx.out(
        [r.kind, r.vintage, r.file_name, at, r.rows_read, r.rows_stored, r.rows_skipped].join("\t"),
      );
    }
    return 0;
  } finally {
    await db.close();
  }
}
