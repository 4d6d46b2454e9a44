import { EU_THRESHOLDS_2023 } from "../engine/index.ts";
import { EU_PUBLISHED_SOURCE, type PartyAssessment } from "../web-kit/assessment.ts";
import { listLabel } from "../web-kit/messages.ts";
import type { DatasetInfo, MaterialRow, OfficialList } from "../web-kit/queries.ts";
import type { AssessmentsOutput, ListsOutput, MaterialsOutput } from "./schema.ts";

export function presentMaterials(rows: readonly MaterialRow[]): MaterialsOutput {
  return {
    materials: rows.map((m) => ({
      id: m.id,
      name: { fr: m.name.fr, en: m.name.en },
      symbol: m.symbol,
      family: m.family as MaterialsOutput["materials"][number]["family"],
      isGroup: m.isGroup,
      lists: [...m.lists],
    })),
  };
}

export function presentLists(lists: readonly OfficialList[]): ListsOutput {
  return {
    lists: lists.map((l) => ({
      id: l.id,
      jurisdiction: l.jurisdiction,
      edition: l.edition,
      name: { fr: listLabel("fr", l.id), en: listLabel("en", l.id) },
      count: l.members.length,
      members: l.members.map((m) => ({
        materialId: m.materialId,
        name: { fr: m.name.fr, en: m.name.en },
        nameInSource: m.nameInSource,
        category: m.category,
        strategic: m.strategic,
      })),
    })),
  };
}

export function presentAssessments(
  a: PartyAssessment,
  dataset: DatasetInfo | undefined,
): AssessmentsOutput {
  return {
    method: "eu",
    party: a.party,
    status: a.status,
    thresholds: {
      supplyRisk: EU_THRESHOLDS_2023.supplyRisk,
      economicImportance: EU_THRESHOLDS_2023.economicImportance,
      source: EU_THRESHOLDS_2023.source,
    },
    source: dataset
      ? { citation: EU_PUBLISHED_SOURCE, dataset: dataset.fileName, vintage: dataset.vintage }
      : null,
    results:
      a.status === "ok"
        ? a.points.map((p) => ({
            materialId: p.row.materialId,
            name: { fr: p.row.name.fr, en: p.row.name.en },
            family: p.row.family,
            supplyRisk: p.supplyRisk,
            economicImportance: p.economicImportance,
            stage: p.bottleneckStage ?? p.row.stage?.id ?? null,
            critical: p.critical,
            insufficientData: p.insufficientData,
            stages: p.stages,
            basis: p.basis,
          }))
        : [],
    missing: a.missing.map((m) => ({ input: m.input, stage: m.stage, materials: m.materials })),
  };
}
