/** The figures a brief embeds: what was asked (the spec) and what the data gave then (rows). */
import type { Texts } from "../../platform/i18n/i18n.ts";
import type { PartyId } from "../engine/index.ts";
import type { ScenarioChangeSpec } from "../loaders/global-eu-scenario.ts";

export const FIGURE_KINDS = ["assessment", "comparison", "scenario"] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export type FigureSpec =
  | { kind: "assessment"; material: string; view: PartyId }
  | { kind: "comparison"; material: string }
  | { kind: "scenario"; material: string; changes: ScenarioChangeSpec[] };

export type FigureUnit = "index" | "share";

/**
 * One figure of a figure: a labelled value, matched by key against the same figure recomputed
 * on current data. `value` is a supply risk or economic importance (dimensionless) or a share.
 */
export type FigureRow = {
  key: string;
  label: Texts;
  value: number | null;
  unit: FigureUnit;
  critical?: boolean | null;
  /** Where a stage's SR comes from: computed from production, or the EU's published one. */
  provenance?: "computed" | "published" | "missing";
};

export type FrozenFigure = {
  id: string;
  spec: FigureSpec;
  title: Texts;
  /** When the figure was computed (ISO 8601). */
  frozenAt: string;
  rows: FigureRow[];
  /** Datasets and vintages the rows were computed from, as sources cite them. */
  sources: string[];
};

export const VIEW_LABELS: Record<PartyId, Texts> = {
  global: { fr: "Mondial", en: "Global" },
  "quebec-canada": { fr: "Québec–Canada", en: "Québec–Canada" },
  "france-eu": { fr: "France–UE", en: "France–EU" },
};

export const KIND_LABELS: Record<FigureKind, Texts> = {
  assessment: { fr: "Évaluation de criticité", en: "Criticality assessment" },
  comparison: { fr: "Comparaison des trois points de vue", en: "Comparison of the three views" },
  scenario: { fr: "Scénario", en: "Scenario" },
};
