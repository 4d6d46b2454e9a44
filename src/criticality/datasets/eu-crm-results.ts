import type { StageId } from "../reference/stages.ts";
import { type CsvRecord, readCsv } from "./csv.ts";
import {
  type Importer,
  objectTable,
  type ParseContext,
  type Parsed,
  yearInName,
} from "./importer.ts";
import type { Issue } from "./issues.ts";
import { parseNumber } from "./values.ts";

type Scope = "GS+EU" | "GSonly" | "EUonly";

export type EuResultRow = {
  line: number;
  materialId: string;
  name: string;
  supplyRisk: number | null;
  economicImportance: number | null;
  srStage: StageId | null;
  stagesAssessed: "E" | "P" | "E+P" | null;
  scopeExtraction: Scope | null;
  srExtraction: number | null;
  scopeProcessing: Scope | null;
  srProcessing: number | null;
  siEi: number | null;
  siSr: number | null;
  irExtractionPct: number | null;
  irProcessingPct: number | null;
  eolRirPct: number | null;
};

const COLUMNS = [
  "material_name",
  "supply_risk",
  "economic_importance",
  "eu_used_stage",
  "eu_stages",
  "eu_used_supply_primary",
  "supply_risk_primary",
  "eu_used_supply_refined",
  "supply_risk_refined",
  "si_ei",
  "si_sr",
  "import_reliance_primary",
  "import_reliance_refined",
  "end_of_life",
];
const SCOPES: Record<string, Scope> = {
  "gs+eu": "GS+EU",
  gsonly: "GSonly",
  euonly: "EUonly",
  gs: "GSonly",
  eu: "EUonly",
};

/**
 * The EU assessment's published results per material. Known defects of the bundled table
 * (data/eu-crm-2023/PROVENANCE.md) are repaired and reported: primary-stage values shifted one
 * column right, "EU" for "EUonly", a duplicated row, "281%" where a supply risk is expected.
 */
export function parseEuResults(text: string, ctx: ParseContext): Parsed<EuResultRow[]> {
  const { records } = readCsv(text, ctx.fileName, COLUMNS);
  const issues: Issue[] = [];
  const rows: EuResultRow[] = [];
  const seen = new Map<string, string>();
  for (const r of records) {
    const name = r.get("material_name").trim();
    const materialId = ctx.ref.material(name);
    if (!materialId) {
      issues.push({ line: r.line, reason: "unknown_material", action: "skipped", detail: name });
      continue;
    }
    const fingerprint = COLUMNS.map((c) => r.get(c).trim()).join("|");
    if (seen.has(materialId)) {
      const same = seen.get(materialId) === fingerprint;
      issues.push({
        line: r.line,
        reason: "duplicate",
        action: "skipped",
        detail: same ? name : `${name} (≠)`,
      });
      continue;
    }
    seen.set(materialId, fingerprint);
    const cells = {
      primaryScope: r.get("eu_used_supply_primary"),
      primarySr: r.get("supply_risk_primary"),
      refinedScope: r.get("eu_used_supply_refined"),
    };
    // The shift leaves the primary SR empty and puts it where the refined scope belongs.
    if (cells.primarySr.trim() === "" && parseNumber(cells.refinedScope) !== undefined) {
      issues.push({
        line: r.line,
        reason: "shifted_columns_repaired",
        action: "repaired",
        detail: name,
      });
      cells.primarySr = cells.refinedScope;
      cells.refinedScope = "";
    }
    const num = (column: string, raw = r.get(column)) => readNumber(raw, column, name, r, issues);
    rows.push({
      line: r.line,
      materialId,
      name,
      supplyRisk: num("supply_risk"),
      economicImportance: num("economic_importance"),
      srStage: stageOf(r.get("eu_used_stage")),
      stagesAssessed:
        (["E", "P", "E+P"] as const).find((s) => s === r.get("eu_stages").trim()) ?? null,
      scopeExtraction: scopeOf(cells.primaryScope, name, r.line, issues),
      srExtraction: num("supply_risk_primary", cells.primarySr),
      scopeProcessing: scopeOf(cells.refinedScope, name, r.line, issues),
      srProcessing: num("supply_risk_refined"),
      siEi: num("si_ei"),
      siSr: num("si_sr"),
      irExtractionPct: num("import_reliance_primary"),
      irProcessingPct: num("import_reliance_refined"),
      eolRirPct: num("end_of_life"),
    });
  }
  const year = yearInName(ctx.fileName, /crm/);
  return {
    vintage: ctx.vintage ?? (year ? `EU CRM ${year}` : undefined),
    rowsRead: records.length,
    rows,
    issues,
  };
}

/** A figure, or null: an unreadable one is left empty and reported, the row is kept. */
function readNumber(raw: string, column: string, name: string, r: CsvRecord, issues: Issue[]) {
  if (raw.trim() === "") return null;
  const n = parseNumber(raw);
  if (n !== undefined) return n;
  issues.push({
    line: r.line,
    reason: "bad_number",
    action: "repaired",
    detail: `${name}: ${column} = ${raw.trim()}`,
  });
  return null;
}

function scopeOf(raw: string, name: string, line: number, issues: Issue[]): Scope | null {
  const key = raw.trim().toLowerCase();
  const scope = SCOPES[key];
  if (!scope) return null;
  if (scope !== raw.trim()) {
    issues.push({
      line,
      reason: "scope_normalised",
      action: "repaired",
      detail: `${name}: ${raw.trim()} → ${scope}`,
    });
  }
  return scope;
}

const stageOf = (raw: string): StageId | null =>
  /^extraction/i.test(raw.trim())
    ? "extraction"
    : /^processing/i.test(raw.trim())
      ? "processing"
      : null;

export const euResultsImporter: Importer<EuResultRow[]> = {
  kind: "eu-crm-results",
  parse: parseEuResults,
  tables: (rows) => [
    objectTable(
      "eu_assessment_results",
      rows.map((e) => ({
        material_id: e.materialId,
        name_in_source: e.name,
        supply_risk: e.supplyRisk,
        economic_importance: e.economicImportance,
        sr_stage_id: e.srStage,
        stages_assessed: e.stagesAssessed,
        scope_extraction: e.scopeExtraction,
        sr_extraction: e.srExtraction,
        scope_processing: e.scopeProcessing,
        sr_processing: e.srProcessing,
        si_ei: e.siEi,
        si_sr: e.siSr,
        ir_extraction_pct: e.irExtractionPct,
        ir_processing_pct: e.irProcessingPct,
        eol_rir_pct: e.eolRirPct,
        source_line: e.line,
      })),
    ),
  ],
};
