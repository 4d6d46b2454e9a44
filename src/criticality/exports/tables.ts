import type { Lang } from "../../platform/i18n/i18n.ts";
import { EU_THRESHOLDS_2023 } from "../engine/index.ts";
import { EU_PUBLISHED_SOURCE, type PartyAssessment } from "../web-kit/assessment.ts";
import { basisLabel, listLabel } from "../web-kit/messages.ts";
import { oneDecimal } from "../web-kit/number.ts";
import type { DatasetInfo, MaterialRow, OfficialList } from "../web-kit/queries.ts";
import { exportText as t } from "./messages.ts";
import type { ExportCell, ExportTable } from "./table.ts";

type Key = Parameters<typeof t>[1];

const headers = (lang: Lang, keys: readonly Key[]) => keys.map((k) => t(lang, k));
const yesNo = (lang: Lang, value: boolean | null): ExportCell =>
  value === null ? null : t(lang, value ? "yes" : "no");
const day = (iso: string) => iso.slice(0, 10);

const SOURCE_KEYS = [
  "colSource",
  "colDataset",
  "colVintage",
  "colImportedAt",
  "colUnit",
  "colLicence",
] as const;

function listSources(lang: Lang, lists: readonly OfficialList[]): ExportCell[][] {
  return lists.map((l) => [
    t(lang, "listSource", { name: listLabel(lang, l.id) }),
    null,
    l.vintage,
    null,
    t(lang, "unitNone"),
    t(lang, "listLicence"),
  ]);
}

export function materialsTable(
  lang: Lang,
  rows: readonly MaterialRow[],
  lists: readonly OfficialList[],
): ExportTable {
  return {
    fileName: t(lang, "fileMaterials"),
    sheetName: t(lang, "sheetMaterials"),
    headers: headers(lang, [
      "colId",
      "colNameFr",
      "colNameEn",
      "colSymbol",
      "colFamily",
      "colGroup",
      "colLists",
    ]),
    rows: rows.map((m) => [
      m.id,
      m.name.fr,
      m.name.en,
      m.symbol,
      m.family,
      yesNo(lang, m.isGroup),
      m.lists.join("; "),
    ]),
    sources: {
      headers: headers(lang, SOURCE_KEYS),
      rows: [
        [t(lang, "referenceSource"), null, null, null, t(lang, "unitNone"), null],
        ...listSources(lang, lists),
      ],
    },
  };
}

export function listsTable(lang: Lang, lists: readonly OfficialList[]): ExportTable {
  return {
    fileName: t(lang, "fileLists"),
    sheetName: t(lang, "sheetLists"),
    headers: headers(lang, [
      "colListId",
      "colList",
      "colJurisdiction",
      "colEdition",
      "colMaterialId",
      "colMaterial",
      "colNameInSource",
      "colCategory",
      "colStrategic",
    ]),
    rows: lists.flatMap((l) =>
      l.members.map((m) => [
        l.id,
        listLabel(lang, l.id),
        l.jurisdiction,
        l.edition,
        m.materialId,
        m.name[lang],
        m.nameInSource,
        m.category,
        yesNo(lang, m.strategic),
      ]),
    ),
    sources: { headers: headers(lang, SOURCE_KEYS), rows: listSources(lang, lists) },
  };
}

const PROVENANCE_KEYS = {
  computed: "provComputed",
  published: "provPublished",
  missing: "provMissing",
} as const;

/** Why an assessment export has no rows, written in the file itself. */
export function emptyReason(
  lang: Lang,
  assessment: PartyAssessment,
  dataset: DatasetInfo | undefined,
): string {
  if (!dataset) return t(lang, "emptyNoData");
  const missing = assessment.missing
    .map((m) => `${m.input}${m.stage ? ` (${m.stage})` : ""} × ${m.materials}`)
    .join(", ");
  return t(lang, "emptyExport", { missing: missing || "—" });
}

/** A party's view of the EU method, per material and stage, in the order of the JSON endpoint. */
export function assessmentsTable(
  lang: Lang,
  assessment: PartyAssessment,
  dataset: DatasetInfo | undefined,
): ExportTable {
  const year = dataset?.vintage.match(/\d{4}/)?.[0] ?? "";
  const fileName = t(lang, "fileAssessments", { party: assessment.party, year }).replace(/-$/, "");
  const points = assessment.status === "ok" ? assessment.points : [];
  const sources: ExportCell[][] = dataset
    ? [
        [
          EU_PUBLISHED_SOURCE,
          dataset.fileName,
          dataset.vintage,
          day(dataset.importedAt),
          t(lang, "unitIndex"),
          t(lang, "euLicence"),
        ],
      ]
    : [];
  sources.push([
    t(lang, "thresholdsSource", {
      sr: oneDecimal(lang, EU_THRESHOLDS_2023.supplyRisk),
      ei: oneDecimal(lang, EU_THRESHOLDS_2023.economicImportance),
      source: EU_THRESHOLDS_2023.source,
    }),
    null,
    null,
    null,
    t(lang, "unitIndex"),
    null,
  ]);
  return {
    fileName,
    sheetName: t(lang, "sheetAssessments"),
    headers: headers(lang, [
      "colId",
      "colMaterial",
      "colFamily",
      "colSr",
      "colEi",
      "colStage",
      "colCritical",
      "colBasis",
      "colSrExtraction",
      "colProvExtraction",
      "colSrProcessing",
      "colProvProcessing",
      "colResidual",
      "colInsufficient",
    ]),
    rows:
      points.length > 0
        ? points.map((p) => {
            const at = (stage: string) => p.stages.find((s) => s.stage === stage);
            const prov = (stage: string): ExportCell => {
              const s = at(stage);
              return s ? t(lang, PROVENANCE_KEYS[s.provenance]) : null;
            };
            const residuals = p.stages.flatMap((s) =>
              s.residualShare === null ? [] : [s.residualShare],
            );
            return [
              p.row.materialId,
              p.row.name[lang],
              p.row.family,
              p.supplyRisk,
              p.economicImportance,
              p.bottleneckStage ?? p.row.stage?.id ?? null,
              yesNo(lang, p.critical),
              basisLabel(lang, p.basis),
              at("extraction")?.supplyRisk ?? null,
              prov("extraction"),
              at("processing")?.supplyRisk ?? null,
              prov("processing"),
              residuals.length > 0 ? Math.max(...residuals) : null,
              yesNo(lang, p.insufficientData),
            ];
          })
        : [[emptyReason(lang, assessment, dataset)]],
    sources: { headers: headers(lang, SOURCE_KEYS), rows: sources },
  };
}
