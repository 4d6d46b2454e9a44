import fs from "node:fs";
import path from "node:path";
import {
  BaciFormatError,
  baciFileInfo,
  describeMalformed,
  type ImportProgress,
  importBaciFile,
} from "../criticality/datasets/baci/index.ts";
import { importDataset } from "../criticality/datasets/commands.ts";
import { importerFor } from "../criticality/datasets/kinds.ts";
import { dataMessages } from "../criticality/datasets/messages.ts";
import { listDatasets } from "../criticality/datasets/queries.ts";
import { reportLines } from "../criticality/datasets/report.ts";
import { hsMaterialMap } from "../criticality/loaders/usgs-series.ts";
import { fail } from "../platform/errors/app-error.ts";
import { messages } from "../platform/i18n/i18n.ts";
import { parseOptions } from "./args.ts";
import { type CliContext, type Subcommand, UsageError } from "./context.ts";
import { cli } from "./messages.ts";

/** alliage data import KIND FILE [--vintage V] [--source S] [--json] | list [--json] */
export const dataCommand: Subcommand = async (ctx) => {
  const lang = ctx.config.cliLang;
  const [action, ...rest] = ctx.args;
  const { values, positionals } = parseOptions(lang, rest, {
    vintage: { type: "string" },
    source: { type: "string" },
    json: { type: "boolean" },
  });
  const json = values.json === true;
  if (action === "import") {
    const [kind, named, ...extra] = positionals;
    if (!kind || !named || extra.length > 0) throw new UsageError(cli(lang, "usage"));
    const file = ctx.resolvePath(named);
    const vintage = typeof values.vintage === "string" ? values.vintage : undefined;
    if (kind === "baci") {
      const source = typeof values.source === "string" ? values.source : undefined;
      return runBaciImport(ctx, file, { vintage, source, json });
    }
    if (values.source !== undefined) throw new UsageError(cli(lang, "usage"));
    // Refused before the database is opened: nothing to write, nothing to wait for.
    importerFor(kind);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw fail("dataset_file_not_found", { file });
    }
    return runImport(ctx, kind, file, vintage, json);
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

const baciCli = messages({
  reading: {
    fr: "Lecture : {percent} % ({read}/{total} Mo)",
    en: "Reading: {percent}% ({read}/{total} MB)",
  },
  storing: {
    fr: "Enregistrement : {percent} % ({written}/{total})",
    en: "Storing: {percent}% ({written}/{total})",
  },
  imported: {
    fr: "baci « {source} » ({vintage}) importé depuis {file} ; années : {years}.",
    en: "baci “{source}” ({vintage}) imported from {file}; years: {years}.",
  },
  counts: {
    fr: "Lignes lues : {read} ; retenues (codes SH des matières) : {matched} ; mal formées : {malformed}.",
    en: "Rows read: {read}; matched (materials’ HS codes): {matched}; malformed: {malformed}.",
  },
  malformedMore: {
    fr: "  … et {count, plural, one {# autre ligne mal formée} other {# autres lignes mal formées}}.",
    en: "  … and {count, plural, one {# more malformed line} other {# more malformed lines}}.",
  },
  stored: {
    fr: "Flux enregistrés (importateur × exportateur × matière × année) : {aggregates} ; remplacés : {replaced}.",
    en: "Flows stored (importer × exporter × material × year): {aggregates}; replaced: {replaced}.",
  },
});

/** alliage data import baci FILE: streams the file, sums it per material, writes in one go. */
async function runBaciImport(
  ctx: CliContext,
  file: string,
  o: { vintage: string | undefined; source: string | undefined; json: boolean },
) {
  const lang = ctx.config.cliLang;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw fail("dataset_file_not_found", { file });
  }
  const info = baciFileInfo(file);
  const vintage = o.vintage ?? info?.version;
  const source = o.source ?? info?.label ?? (o.vintage ? `BACI ${o.vintage}` : undefined);
  if (!vintage || !source) {
    throw fail("dataset_vintage_required", { file, example: "V202501" });
  }
  const mb = (bytes: number) => {
    const text = (bytes / 1e6).toFixed(1);
    return lang === "fr" ? text.replace(".", ",") : text;
  };
  const shown = { reading: -1, storing: -1 };
  const onProgress = (p: ImportProgress) => {
    const [done, total] =
      p.stage === "reading" ? [p.bytesRead, p.totalBytes ?? 0] : [p.rowsWritten, p.totalRows];
    const percent = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
    const last = shown[p.stage];
    // At most one line per tenth and stage, so a long import shows it is moving.
    if (percent < last + 10 && !(percent === 100 && last < 100)) return;
    shown[p.stage] = percent;
    ctx.err(
      p.stage === "reading"
        ? baciCli(lang, "reading", { percent, read: mb(done), total: mb(total) })
        : baciCli(lang, "storing", { percent, written: done, total }),
    );
  };
  const db = await ctx.database();
  try {
    const map = hsMaterialMap();
    ctx.err(dataMessages(lang, "parsing", { file, size: mb(fs.statSync(file).size) }));
    let report: Awaited<ReturnType<typeof importBaciFile>>;
    try {
      report = await importBaciFile(db, file, { hsToMaterials: map, source, vintage, onProgress });
    } catch (error) {
      if (error instanceof BaciFormatError) {
        throw fail("dataset_malformed", { file, reason: error.reasonIn(lang) });
      }
      throw error;
    }
    if (o.json) {
      ctx.out(JSON.stringify({ kind: "baci", vintage, ...report }, null, 2));
      return 0;
    }
    const years = report.years.join(", ") || "—";
    ctx.out(baciCli(lang, "imported", { source, vintage, file: path.basename(file), years }));
    ctx.out(
      baciCli(lang, "counts", {
        read: report.rowsRead,
        matched: report.rowsMatched,
        malformed: report.malformedCount,
      }),
    );
    for (const m of report.malformed) ctx.out(`  ${describeMalformed(lang, m)}`);
    const more = report.malformedCount - report.malformed.length;
    if (more > 0) ctx.out(baciCli(lang, "malformedMore", { count: more }));
    ctx.out(
      baciCli(lang, "stored", { aggregates: report.aggregates, replaced: report.flowsReplaced }),
    );
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
