import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { assessParty } from "../web-kit/assessment.ts";
import { loadEuResults, loadMaterials, loadOfficialLists } from "../web-kit/queries.ts";
import { exportCsv } from "./csv.ts";
import { exportText } from "./messages.ts";
import { assessmentsExportQuery, exportQuery } from "./schema.ts";
import { CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat, type ExportTable } from "./table.ts";
import { assessmentsTable, listsTable, materialsTable } from "./tables.ts";
import { exportXlsx } from "./xlsx.ts";

const READ = access("read", "Criticality");
const TAGS = ["Criticité / Criticality"];

export const fileResponses = {
  200: {
    description: "Le fichier, en pièce jointe / The file, as an attachment",
    content: {
      [CONTENT_TYPES.csv]: { schema: z.string() },
      [CONTENT_TYPES.xlsx]: { schema: z.string().openapi({ format: "binary" }) },
    },
  },
  400: { description: "Format inconnu / Unknown format" },
} as const;

const LANG_NOTE =
  "En-têtes de colonnes en français, en anglais avec ?lang=en ou Accept-Language: en. / Column headers in French, in English with ?lang=en or Accept-Language: en.";

/**
 * CSV and XLSX exports of the materials, the EU assessment and the official lists. Registered
 * before the factsheet, whose /materials/{id} would otherwise take /materials/export.
 */
export function registerExports(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/materials/export",
      tags: TAGS,
      summary: "Export des matières (CSV, XLSX) / Materials export (CSV, XLSX)",
      description: LANG_NOTE,
      request: { query: exportQuery },
      responses: fileResponses,
    }),
    READ,
    async (c) => {
      const format = formatOf(c.req.valid("query").format);
      const db = c.var.deps.db;
      const [materials, lists] = await Promise.all([loadMaterials(db), loadOfficialLists(db)]);
      return send(c, format, materialsTable(c.var.lang, materials, lists));
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/assessments/export",
      tags: TAGS,
      summary:
        "Export de l’évaluation de criticité de l’UE (CSV, XLSX) / EU criticality assessment export (CSV, XLSX)",
      description: `Les lignes de /api/v1/criticality/assessments, dans le même ordre ; aucune ligne pour un point de vue sans valeurs publiées. / The rows of /api/v1/criticality/assessments, in the same order; no rows for a point of view without published values. ${LANG_NOTE}`,
      request: { query: assessmentsExportQuery },
      responses: fileResponses,
    }),
    READ,
    async (c) => {
      const query = c.req.valid("query");
      const format = formatOf(query.format);
      const results = await loadEuResults(c.var.deps.db);
      const assessment = results
        ? await assessParty(c.var.deps.db, results, query.party)
        : { status: "ok" as const, party: query.party, points: [], missing: [] };
      return send(c, format, assessmentsTable(c.var.lang, assessment, results?.dataset));
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/lists/export",
      tags: TAGS,
      summary:
        "Export des listes officielles, une ligne par inscription (CSV, XLSX) / Official lists export, one row per listing (CSV, XLSX)",
      description: LANG_NOTE,
      request: { query: exportQuery },
      responses: fileResponses,
    }),
    READ,
    async (c) => {
      const format = formatOf(c.req.valid("query").format);
      return send(c, format, listsTable(c.var.lang, await loadOfficialLists(c.var.deps.db)));
    },
  );
}

export function formatOf(value: string): ExportFormat {
  if ((EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw fail("criticality_export_format", { format: value, formats: EXPORT_FORMATS.join(", ") });
}

export async function send(c: Context<AppEnv>, format: ExportFormat, table: ExportTable) {
  c.header("Content-Type", CONTENT_TYPES[format]);
  c.header("Content-Disposition", `attachment; filename="${table.fileName}.${format}"`);
  if (format === "csv") return c.body(exportCsv(table), 200);
  return c.body(await exportXlsx(table, exportText(c.var.lang, "sheetSources")), 200);
}
