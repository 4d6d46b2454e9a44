import type { StageId } from "../reference/stages.ts";
import { readCsv } from "./csv.ts";
import { type Importer, type ParseContext, type Parsed, yearInName } from "./importer.ts";
import type { Issue } from "./issues.ts";
import { parseNumber } from "./values.ts";

export type TradeParameterRow = {
  line: number;
  materialId: string;
  countryId: string;
  stageId: StageId;
  scope: "GS" | "EU";
  t: number;
  name: string;
  country: string;
};

const COLUMNS = ["material_name", "country_name", "parameter", "category", "scope"];
const STAGE: Record<string, StageId> = { primary: "extraction", refined: "processing" };
const SCOPE: Record<string, "GS" | "EU"> = { world: "GS", global: "GS", gs: "GS", eu: "EU" };

/** The trade-related parameter t of HHI_WGI,t per material, country, stage and supply scope. */
export function parseEuTrade(text: string, ctx: ParseContext): Parsed<TradeParameterRow[]> {
  const { records } = readCsv(text, ctx.fileName, COLUMNS);
  const issues: Issue[] = [];
  const rows: TradeParameterRow[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const name = r.get("material_name").trim();
    const country = r.get("country_name").trim();
    const materialId = ctx.ref.material(name);
    const countryId = ctx.ref.country(country);
    const stageId = STAGE[r.get("category").trim().toLowerCase()];
    const scope = SCOPE[r.get("scope").trim().toLowerCase()];
    const t = parseNumber(r.get("parameter"));
    const skip = (reason: Issue["reason"], detail: string) => {
      issues.push({ line: r.line, reason, action: "skipped", detail });
    };
    if (!materialId) skip("unknown_material", name);
    else if (!countryId) skip("unknown_country", country);
    else if (!stageId || !scope) skip("unknown_stage", `${r.get("category")} ${r.get("scope")}`);
    else if (t === undefined || t <= 0) skip("bad_number", r.get("parameter"));
    else {
      const key = [materialId, countryId, stageId, scope].join("|");
      if (seen.has(key)) skip("duplicate", `${name} ${country} ${stageId} ${scope}`);
      else {
        seen.add(key);
        rows.push({ line: r.line, materialId, countryId, stageId, scope, t, name, country });
      }
    }
  }
  const year = yearInName(ctx.fileName, /crm/);
  return {
    vintage: ctx.vintage ?? (year ? `EU CRM ${year}` : undefined),
    rowsRead: records.length,
    rows,
    issues,
  };
}

export const euTradeImporter: Importer<TradeParameterRow[]> = {
  kind: "eu-crm-trade",
  parse: parseEuTrade,
  tables: (rows) => [
    {
      table: "eu_trade_parameters",
      columns: [
        "material_id",
        "country_id",
        "stage_id",
        "scope",
        "t",
        "name_in_source",
        "country_in_source",
        "source_line",
      ],
      rows: rows.map((p) => [
        p.materialId,
        p.countryId,
        p.stageId,
        p.scope,
        p.t,
        p.name,
        p.country,
        p.line,
      ]),
    },
  ],
};
