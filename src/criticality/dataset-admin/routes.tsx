import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { datasetAdminText as t } from "./messages.ts";
import { DATASET_ADMIN_PATH, DatasetAdminPage, type DatasetAdminView } from "./pages.tsx";
import { presentDataset, presentDatasetItem, presentReport } from "./present.ts";
import { listDatasetsWithImporter } from "./queries.ts";
import { datasetListSchema, datasetReportSchema, datasetUploadSchema } from "./schema.ts";
import { importUpload, uploadFrom } from "./upload.ts";

// The list is for administrators too: it names who uploaded each file (e-mail addresses) and
// the files' own names; the public pages already cite each value's source and vintage.
const READ = access("read", "Dataset");
const IMPORT = access("import", "Dataset");
const TAGS = ["Criticité / Criticality"];
const PATH = "/api/v1/criticality/datasets";

/** Adding a vintage without a release: the administrators' upload page and its API. */
export function registerDatasetAdmin(router: Router): void {
  router.page("GET", DATASET_ADMIN_PATH, READ, (c) => show(c, {}));
  router.page("POST", DATASET_ADMIN_PATH, IMPORT, uploadPage);

  router.api(
    createRoute({
      method: "get",
      path: PATH,
      tags: TAGS,
      summary: "Jeux de données importés / Imported datasets",
      description:
        "Réservé aux administrateurs : la liste nomme les fichiers et qui les a importés. / Administrators only: the list names the files and who imported them.",
      responses: {
        200: {
          description: "Les jeux de données / The datasets",
          content: { "application/json": { schema: datasetListSchema } },
        },
      },
    }),
    READ,
    async (c) => {
      c.header("Cache-Control", "no-store");
      const rows = await listDatasetsWithImporter(c.var.deps.db);
      return c.json({ items: rows.map(presentDataset) }, 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: PATH,
      tags: TAGS,
      summary: "Importer un jeu de données / Import a dataset",
      description:
        "Même importation que « alliage data import » : un nouveau millésime s’ajoute aux autres ; le même type et millésime est remplacé en une transaction ; un fichier déjà importé (même SHA-256) ne change rien (status = unchanged). / Same import as `alliage data import`: a new vintage is stored alongside the others; the same kind and vintage is replaced in one transaction; a file already imported (same SHA-256) changes nothing (status = unchanged).",
      request: {
        body: {
          required: true,
          content: { "multipart/form-data": { schema: datasetUploadSchema } },
        },
      },
      responses: {
        201: {
          description: "Importé / Imported",
          content: { "application/json": { schema: datasetReportSchema } },
        },
        200: {
          description: "Déjà importé, rien n’a changé / Already imported, nothing changed",
          content: { "application/json": { schema: datasetReportSchema } },
        },
        413: { description: "Fichier de plus de 10 Mo / File over 10 MB" },
        422: {
          description:
            "Fichier vide, mal formé, d’un autre type, ou millésime introuvable / Empty, malformed or other-kind file, or vintage not found",
        },
      },
    }),
    IMPORT,
    async (c) => {
      const report = await importUpload(c, uploadFrom(c.req.valid("form")));
      const body = presentReport(report, c.var.lang);
      return report.status === "imported" ? c.json(body, 201) : c.json(body, 200);
    },
  );
}

async function uploadPage(c: Context<AppEnv>) {
  const upload = uploadFrom(await c.req.parseBody());
  try {
    return await show(c, { report: await importUpload(c, upload) });
  } catch (error) {
    // Import errors are the administrator's to fix: shown on the form, the previous data kept.
    if (!(error instanceof AppError)) throw error;
    return show(c, { upload, error: error.messageIn(c.var.lang) }, 422);
  }
}

async function show(
  c: Context<AppEnv>,
  view: Pick<DatasetAdminView, "upload" | "error" | "report">,
  status: 200 | 422 = 200,
) {
  const lang = c.var.lang;
  c.header("Cache-Control", "no-store");
  const datasets = (await listDatasetsWithImporter(c.var.deps.db)).map(presentDatasetItem);
  return renderPage(
    c,
    t(lang, "title"),
    <DatasetAdminPage lang={lang} csrf={c.var.csrfToken} datasets={datasets} {...view} />,
    status,
  );
}
