import fs from "node:fs";
import { z } from "@hono/zod-openapi";
import { projectPath } from "../../platform/project-root.ts";
import { DATASET_KINDS } from "../datasets/kinds.ts";

/**
 * The example sends the bundled Québec list again: a client trying it sees a real import answer
 * (status unchanged, same SHA-256) without replacing any data.
 */
const EXAMPLE_FILE = fs.readFileSync(
  projectPath("data", "official-lists", "quebec_mcs_2020.csv"),
  "utf8",
);

export const datasetUploadSchema = z.object({
  kind: z.enum(DATASET_KINDS as [string, ...string[]]).openapi({
    description: "Type de jeu de données / Dataset kind",
    example: "official-list",
  }),
  vintage: z.string().max(100).optional().openapi({
    description:
      "Millésime ; facultatif quand le fichier l’indique / Vintage; optional when the file tells it",
    example: "qc-2020",
  }),
  file: z
    .custom<File>((v) => v instanceof File)
    .openapi({
      type: "string",
      format: "binary",
      description: "Le fichier CSV publié, 10 Mo au plus / The published CSV file, 10 MB at most",
      example: EXAMPLE_FILE,
    }),
});

const issueGroup = z
  .object({
    reason: z.string().openapi({ example: "withheld" }),
    reasonLabel: z.string().openapi({ example: "valeur confidentielle (W)" }),
    action: z.enum(["skipped", "repaired", "flagged"]),
    actionLabel: z.string().openapi({ example: "ignorées" }),
    count: z.number().int(),
    lines: z.array(z.number().int()).openapi({
      description:
        "Premières lignes du fichier (20 au plus) / First lines of the file (20 at most)",
    }),
    details: z.array(z.string()),
  })
  .openapi("DatasetIssueGroup");

export const datasetReportSchema = z
  .object({
    status: z.enum(["imported", "unchanged"]).openapi({
      description:
        "unchanged : ce fichier (même SHA-256) était déjà importé / unchanged: this file (same SHA-256) was already imported",
    }),
    datasetId: z.string().uuid(),
    kind: z.string(),
    vintage: z.string().openapi({ example: "MCS 2027" }),
    fileName: z.string(),
    sha256: z.string(),
    encoding: z.enum(["utf-8", "windows-1252"]),
    rowsRead: z.number().int(),
    rowsStored: z.number().int(),
    rowsSkipped: z.number().int(),
    issues: z.array(issueGroup),
  })
  .openapi("DatasetImportReport");

const dataset = z
  .object({
    id: z.string().uuid(),
    kind: z.string(),
    vintage: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    importedAt: z.string().openapi({ format: "date-time" }),
    importedBy: z.string().nullable().openapi({
      description:
        "Auteur selon le journal d’audit (courriel, ou cli) ; null s’il n’est pas enregistré / Who imported it per the audit log (e-mail, or cli); null when not recorded",
    }),
    rowsRead: z.number().int(),
    rowsStored: z.number().int(),
    rowsSkipped: z.number().int(),
  })
  .openapi("Dataset");

export const datasetListSchema = z.object({ items: z.array(dataset) });
