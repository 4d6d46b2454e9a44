import type { Lang } from "../../platform/i18n/i18n.ts";
import { EU_THRESHOLDS_2023 } from "../engine/index.ts";
import { EU_PUBLISHED_SOURCE, type PartyAssessment } from "./assessment.ts";
import { exportText as t } from "./export-messages.ts";
import type { ExportCell, ExportTable } from "./export-table.ts";
import { basisLabel, listLabel } from "./messages.ts";
import { oneDecimal } from "./number.ts";
import type { DatasetInfo, MaterialRow, OfficialList } from "./repository.ts";

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

/** The published EU values from a party's point of view, in the order of the JSON endpoint. */
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
    ]),
    rows: points.map((p) => [
      p.row.materialId,
      p.row.name[lang],
      p.row.family,
      p.supplyRisk,
      p.economicImportance,
      p.row.stage?.label[lang] ?? null,
      yesNo(lang, p.critical),
      basisLabel(lang, p.basis),
    ]),
    sources: { headers: headers(lang, SOURCE_KEYS), rows: sources },
  };
}
