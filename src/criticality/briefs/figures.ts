/**
 * Freezing a brief's figures: each is computed once by the criticality engine's own callers
 * (assessView, the scenario calculator) and kept as rows with the vintages used, so that a new
 * vintage never changes a published brief. The same spec recomputed gives "current data".
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang, Texts } from "../../platform/i18n/i18n.ts";
import { PARTIES, type PartyId, type Stage } from "../engine/index.ts";
import type { GlobalScenarioResult } from "../loaders/global-eu-scenario.ts";
import { resolveMaterial } from "../loaders/materials.ts";
import { assessView, type MaterialAssessment } from "../loaders/view-assess.ts";
import { computeScenario } from "../scenarios/compute.ts";
import {
  type FigureRow,
  type FigureSpec,
  type FrozenFigure,
  KIND_LABELS,
  VIEW_LABELS,
} from "./figure-types.ts";

const STAGE_LABELS: Record<string, Texts> = {
  extraction: { fr: "extraction", en: "extraction" },
  processing: { fr: "transformation", en: "processing" },
  mine: { fr: "extraction", en: "extraction" },
  refinery: { fr: "transformation", en: "processing" },
};
const stageLabel = (s: string): Texts => STAGE_LABELS[s] ?? { fr: s, en: s };

const both = (f: (lang: Lang) => string): Texts => ({ fr: f("fr"), en: f("en") });

/** The material's id, or a localised error naming what was typed. */
export async function materialIdOf(db: Db, name: string): Promise<{ id: string; names: Texts }> {
  const match = await resolveMaterial(db, name);
  if (!match.found)
    throw fail("criticality_unknown_material", {
      name,
      suggestions:
        match.suggestions.length === 0 ? "" : ` (${match.suggestions.map((m) => m.id).join(", ")})`,
    });
  return { id: match.material.id, names: { fr: match.material.nameFr, en: match.material.nameEn } };
}

function assessmentRows(a: MaterialAssessment, prefix: string, view: Texts): FigureRow[] {
  const rows: FigureRow[] = [
    {
      key: `${prefix}sr`,
      label: both(
        (l) =>
          `${view[l]} — ${l === "fr" ? "risque d’approvisionnement (RA)" : "supply risk (SR)"}`,
      ),
      value: a.supplyRisk,
      unit: "index",
      critical: a.insufficientData ? null : a.critical,
    },
    {
      key: `${prefix}ei`,
      label: both(
        (l) =>
          `${view[l]} — ${l === "fr" ? "importance économique (IE)" : "economic importance (EI)"}`,
      ),
      value: a.economicImportance,
      unit: "index",
    },
  ];
  for (const s of a.stages)
    rows.push({
      key: `${prefix}${s.stage}.sr`,
      label: both((l) => `${view[l]} — ${l === "fr" ? "RA" : "SR"} ${stageLabel(s.stage)[l]}`),
      value: s.supplyRisk,
      unit: "index",
      provenance: s.provenance,
    });
  return rows;
}

async function assessed(db: Db, material: string, view: PartyId) {
  const va = await assessView(db, view, { materials: [material] });
  const a = va?.materials.find((m) => m.material === material);
  if (!va || !a) throw fail("criticality_no_assessment", { vintage: "EU CRM" });
  const sources = [
    va.euVintage,
    `WGI ${va.wgiYear}`,
    ...a.stages.flatMap((s) => (s.source ? [s.source] : [])),
  ];
  return { a, sources };
}

function scenarioRows(r: GlobalScenarioResult): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const s of r.shortfall)
    rows.push({
      key: `shortfall.${s.country}.${s.stage}`,
      label: both((l) =>
        l === "fr"
          ? `Part de l’offre mondiale perdue (${s.country}, ${stageLabel(s.stage).fr})`
          : `Share of world supply lost (${s.country}, ${stageLabel(s.stage).en})`,
      ),
      value: s.shareOfWorld,
      unit: "share",
    });
  for (const s of r.stages) {
    for (const when of ["before", "after"] as const)
      rows.push({
        key: `${s.stage}.sr.${when}`,
        label: both((l) =>
          l === "fr"
            ? `RA ${stageLabel(s.stage).fr}, ${when === "before" ? "avant" : "après"}`
            : `SR ${stageLabel(s.stage).en}, ${when}`,
        ),
        value: s.supplyRisk[when],
        unit: "index",
        provenance: s.provenance,
      });
  }
  for (const when of ["before", "after"] as const)
    rows.push({
      key: `sr.${when}`,
      label: both((l) =>
        l === "fr"
          ? `RA du matériau (goulot), ${when === "before" ? "avant" : "après"}`
          : `Material SR (bottleneck), ${when}`,
      ),
      value: r.supplyRisk[when],
      unit: "index",
      critical: r.critical[when],
    });
  return rows;
}

const scenarioSources = (r: GlobalScenarioResult) => [
  r.sources.eu,
  `WGI ${r.sources.wgi.year}`,
  ...r.sources.production.map((p) => `USGS ${p.vintage}, ${p.year} (${stageLabel(p.stage).en})`),
];

/** The rows and sources a spec gives on the data as they are now. */
export async function computeFigure(
  db: Db,
  lang: Lang,
  spec: FigureSpec,
): Promise<Pick<FrozenFigure, "rows" | "sources">> {
  switch (spec.kind) {
    case "assessment": {
      const { a, sources } = await assessed(db, spec.material, spec.view);
      return { rows: assessmentRows(a, "", VIEW_LABELS[spec.view]), sources };
    }
    case "comparison": {
      const rows: FigureRow[] = [];
      const sources = new Set<string>();
      for (const view of PARTIES) {
        const { a, sources: s } = await assessed(db, spec.material, view);
        rows.push(...assessmentRows(a, `${view}.`, VIEW_LABELS[view]));
        for (const x of s) sources.add(x);
      }
      return { rows, sources: [...sources] };
    }
    case "scenario": {
      const r = await computeScenario(db, lang, spec.material, spec.changes);
      return { rows: scenarioRows(r), sources: scenarioSources(r) };
    }
  }
}

/** Computes the figure now and keeps it as it is, with its title in both languages. */
export async function freezeFigure(
  db: Db,
  lang: Lang,
  spec: FigureSpec,
  now: Date,
): Promise<FrozenFigure> {
  const material = await materialIdOf(db, spec.material);
  const exact = { ...spec, material: material.id } as FigureSpec;
  const computed = await computeFigure(db, lang, exact);
  const detail = (l: Lang) =>
    exact.kind === "assessment"
      ? ` — ${VIEW_LABELS[exact.view][l]}`
      : exact.kind === "scenario"
        ? ` — ${exact.changes.map((c) => (l === "fr" ? `coupure de ${c.value}\u00a0% (${c.country}, ${stageLabel(c.stage).fr})` : `${c.value}% cut (${c.country}, ${stageLabel(c.stage).en})`)).join(", ")}`
        : "";
  return {
    id: randomUUID(),
    spec: exact,
    title: both(
      (l) =>
        `${KIND_LABELS[exact.kind][l]}${l === "fr" ? "\u00a0:" : ":"} ${material.names[l]}${detail(l)}`,
    ),
    frozenAt: now.toISOString(),
    ...computed,
  };
}

export type RowComparison = {
  key: string;
  label: Texts;
  unit: FigureRow["unit"];
  frozen: number | null;
  current: number | null;
  /** current − frozen; null when either is missing. */
  difference: number | null;
  criticalChanged: boolean;
};

/** Frozen rows against the same rows now, by key; rows that appeared or went are kept. */
export function compareRows(frozen: FigureRow[], current: FigureRow[]): RowComparison[] {
  const now = new Map(current.map((r) => [r.key, r]));
  const out: RowComparison[] = frozen.map((f) => {
    const c = now.get(f.key);
    now.delete(f.key);
    const value = c?.value ?? null;
    return {
      key: f.key,
      label: f.label,
      unit: f.unit,
      frozen: f.value,
      current: value,
      difference: f.value !== null && value !== null ? value - f.value : null,
      criticalChanged: (f.critical ?? null) !== (c?.critical ?? null),
    };
  });
  for (const c of now.values())
    out.push({
      key: c.key,
      label: c.label,
      unit: c.unit,
      frozen: null,
      current: c.value,
      difference: null,
      criticalChanged: c.critical !== undefined,
    });
  return out;
}

/** Stage names as the pages show them. */
export const stageName = (stage: Stage | string, lang: Lang) => stageLabel(stage)[lang];
