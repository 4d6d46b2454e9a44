import {
  assessGeoPolRisk,
  type GeoPolRiskValues,
  type MissingInput,
  type PartyId,
  productionConcentration,
  type Stage,
} from "../criticality/engine/index.ts";
import { EU_RESULTS_VINTAGE } from "../criticality/loaders/eu.ts";
import { listMaterials } from "../criticality/loaders/materials.ts";
import { countTradeFlows } from "../criticality/loaders/queries.ts";
import { supplyRows } from "../criticality/loaders/supply.ts";
import { type TradeParty, tradeImports } from "../criticality/loaders/trade.ts";
import { assessView, presentStage } from "../criticality/loaders/view-assess.ts";
import { listMaterialIds } from "../criticality/loaders/view-inputs.ts";
import { toAppError } from "../criticality/web-kit/engine-error-text.ts";
import type { Db } from "../platform/db/client.ts";
import { fail } from "../platform/errors/app-error.ts";
import { messages } from "../platform/i18n/i18n.ts";
import { parseOptions, required } from "./args.ts";
import type { CliContext } from "./context.ts";
import { CLI_PARTIES, CLI_STAGES, parseYear, pick } from "./criticality-common.ts";
import { type Cell, printRows } from "./criticality-output.ts";

const assessText = messages({
  importsMissing: {
    fr: "Importations manquantes pour certaines matières : pas de flux bilatéraux pour ce pays (table trade_flows : {rows, plural, one {# ligne} other {# lignes}} ; alliage data import baci FICHIER).",
    en: "Imports missing for some materials: no bilateral flows for this country (table trade_flows: {rows, plural, one {# row} other {# rows}}; alliage data import baci FILE).",
  },
});

const METHODS = { eu: "eu", geopolrisk: "geopolrisk", hhi: "hhi" } as const;

type Result = { material: string; missing?: readonly MissingInput[] } & Record<string, unknown>;
type Table = { header: string[]; cells: (r: Result) => Cell[] };
type StageHhi = { year: number; hhi: number; includesOtherCountries: boolean } | null;

const missingText = (m: readonly MissingInput[] | undefined) =>
  (m ?? []).map((x) => (x.stage ? `${x.input}:${x.stage}` : x.input)).join(" ");

/** alliage criticality assess --method eu|geopolrisk|hhi [--party global|qc|fr] [--year Y] */
export async function assessCommand(ctx: CliContext, args: string[]): Promise<number> {
  const lang = ctx.config.cliLang;
  const { values } = parseOptions(lang, args, {
    method: { type: "string" },
    party: { type: "string" },
    year: { type: "string" },
    json: { type: "boolean" },
    csv: { type: "boolean" },
  });
  const method = pick(lang, METHODS, required(lang, values.method, "--method"), "--method");
  const partyName = values.party ?? "global";
  const party = pick(lang, CLI_PARTIES, partyName, "--party");
  const year = parseYear(lang, values.year);
  const db = await ctx.database();
  let results: Result[];
  let tradeFlowRows = 0;
  try {
    if (method === "eu") {
      results = await euResults(db, party, partyName, year);
    } else if (method === "hhi") {
      results = await hhiResults(db, year);
    } else {
      tradeFlowRows = await countTradeFlows(db);
      results = await geoPolRiskResults(db, party, partyName, year);
    }
  } finally {
    await db.close();
  }
  if (values.json) {
    ctx.out(
      JSON.stringify({
        method,
        party: partyName,
        ...(method === "geopolrisk" && { tradeFlowRows }),
        results,
      }),
    );
    return 0;
  }
  const table = TABLES[method];
  printRows(ctx, { csv: values.csv === true }, table.header, results.map(table.cells));
  if (!values.csv && method === "geopolrisk" && results.some((r) => r.status !== "ok")) {
    ctx.out(assessText(lang, "importsMissing", { rows: tradeFlowRows }));
  }
  return 0;
}

const stageOf = (r: Result, key: string) => r[key] as StageHhi | undefined;

const TABLES: Record<keyof typeof METHODS, Table> = {
  eu: {
    header: [
      "material",
      "party",
      "status",
      "supply_risk",
      "economic_importance",
      "stage",
      "critical",
      "basis",
      "insufficient_data",
      "stages",
      "missing",
    ],
    cells: (r) => [
      r.material,
      r.party as string,
      r.status as string,
      r.supplyRisk as number | undefined,
      r.economicImportance as number | undefined,
      r.bottleneckStage as string | undefined,
      r.critical as boolean | undefined,
      (r.basis as string | null | undefined) ?? undefined,
      r.insufficientData as boolean | undefined,
      stagesText(r),
      missingText(r.missing),
    ],
  },
  hhi: {
    header: ["material", "mine_year", "mine_hhi", "refinery_year", "refinery_hhi", "missing"],
    cells: (r) => [
      r.material,
      stageOf(r, "mine")?.year,
      stageOf(r, "mine")?.hhi,
      stageOf(r, "refinery")?.year,
      stageOf(r, "refinery")?.hhi,
      missingText(r.missing),
    ],
  },
  geopolrisk: {
    header: [
      "material",
      "party",
      "status",
      "trade_year",
      "production_year",
      "hhi",
      "import_risk",
      "score",
      "price",
      "cf",
      "defaulted_stability",
      "missing",
    ],
    cells: (r) => {
      const v = r.values as GeoPolRiskValues | undefined;
      return [
        r.material,
        r.party as string,
        r.status as string,
        r.tradeYear as number | undefined,
        r.productionYear as number | undefined,
        v?.hhi,
        v?.importRisk,
        v?.score,
        v?.price,
        v?.cf,
        (r.defaultedStability as string[] | undefined)?.length,
        missingText(r.missing),
      ];
    },
  },
};

/**
 * EU method for a view, from the one builder (loaders/view-inputs.ts): every stage computed from
 * USGS production or, where no series exists, the EU's published stage SR, each marked. Members
 * of a group the EU assessed as a whole (the HREE's elements…) are left out, as on the list.
 */
async function euResults(
  db: Db,
  party: PartyId,
  partyName: string,
  year: number | undefined,
): Promise<Result[]> {
  const euVintage = year === undefined ? EU_RESULTS_VINTAGE : `EU CRM ${year}`;
  const listed = await listMaterialIds(db, euVintage);
  const view = await assessView(db, party, { euVintage });
  if (!view)
    throw fail("criticality_scenario_missing_inputs", { material: "*", missing: "wgi_scores" });
  const rows = view.materials.filter((m) => listed.has(m.material));
  if (rows.length === 0) throw fail("criticality_no_assessment", { vintage: euVintage });
  return rows.map((m) => ({
    material: m.material,
    party: partyName,
    status: m.status,
    ...(m.status === "ok" && {
      supplyRisk: m.supplyRisk,
      economicImportance: m.economicImportance,
      bottleneckStage: m.bottleneckStage,
      critical: m.critical,
      basis: m.basis,
      insufficientData: m.insufficientData,
    }),
    stages: m.stages.map(presentStage),
    ...(m.missing.length > 0 && { missing: m.missing }),
    sources: { eu: view.euVintage, wgi: view.wgiYear },
  }));
}

type StageCell = { stage: string; provenance: string; supplyRisk: number | null };
const stagesText = (r: Result) =>
  ((r.stages as StageCell[] | undefined) ?? [])
    .map(
      (s) =>
        `${s.stage}:${s.provenance}${s.supplyRisk === null ? "" : `:${Math.round(s.supplyRisk * 100) / 100}`}`,
    )
    .join(" ");

/** Production HHI at a stage, or null without production rows. */
async function stageHhi(db: Db, materialId: string, stage: Stage, year: number | undefined) {
  const s = await supplyRows(db, materialId, stage, year);
  if (!s) return null;
  try {
    const c = productionConcentration(materialId, stage, s.year, s.rows);
    return { series: s, hhi: c.hhi, includesOtherCountries: c.includesOtherCountries };
  } catch (error) {
    throw toAppError(error);
  }
}

/** Production HHI at mine and refinery stage for every material with production data. */
async function hhiResults(db: Db, year: number | undefined): Promise<Result[]> {
  const results: Result[] = [];
  for (const m of await listMaterials(db)) {
    const row: Result = { material: m.id };
    const missing: MissingInput[] = [];
    for (const [name, stage] of Object.entries(CLI_STAGES)) {
      const h = await stageHhi(db, m.id, stage, year);
      row[name] = h && {
        year: h.series.year,
        hhi: h.hhi,
        includesOtherCountries: h.includesOtherCountries,
      };
      if (!h) missing.push({ input: "world_production", stage });
    }
    if (missing.length === Object.keys(CLI_STAGES).length) continue;
    results.push(missing.length > 0 ? { ...row, missing } : row);
  }
  return results;
}

/** CLI parties → the importing economy whose BACI flows are read (the global view has none). */
const TRADE_PARTY: Readonly<Partial<Record<PartyId, TradeParty>>> = {
  "quebec-canada": "qc",
  "france-eu": "fr",
};

/**
 * GeoPolRisk for every material: the party's imports from BACI (trade_flows), exporters'
 * stability from WGI, world mine production from USGS (the trade year, else the latest).
 * Materials without flows, or without production, name what is missing.
 */
async function geoPolRiskResults(
  db: Db,
  party: PartyId,
  partyName: string,
  year: number | undefined,
): Promise<Result[]> {
  const results: Result[] = [];
  const tradeParty = TRADE_PARTY[party];
  for (const m of await listMaterials(db)) {
    const trade = tradeParty
      ? await tradeImports(db, { materialId: m.id, year, party: tradeParty })
      : null;
    const productionYear = trade?.year ?? year;
    const h =
      (await stageHhi(db, m.id, "extraction", productionYear)) ??
      (trade && year === undefined ? await stageHhi(db, m.id, "extraction", undefined) : null);
    let o: ReturnType<typeof assessGeoPolRisk>;
    try {
      o = assessGeoPolRisk(
        {
          material: m.id,
          year: trade?.year ?? h?.series.year ?? year ?? "",
          ...(h && { worldProduction: h.series.rows }),
          ...(trade && { parties: { [party]: trade.partyInput } }),
        },
        party,
      );
    } catch (error) {
      throw toAppError(error);
    }
    if (o.status !== "ok") {
      results.push({ material: m.id, party: partyName, status: o.status, missing: o.missing });
      continue;
    }
    results.push({
      material: m.id,
      party: partyName,
      status: "ok",
      importer: o.inputs.importer,
      tradeYear: trade?.year,
      tradeSource: trade?.source,
      productionYear: h?.series.year,
      productionVintage: h?.series.vintage,
      domesticProduction: o.inputs.domesticProduction,
      values: o.values,
      defaultedStability: o.inputs.defaultedStability,
      ...(trade &&
        trade.unknownExporterCodes.length > 0 && {
          unknownExporterCodes: trade.unknownExporterCodes,
        }),
      ...(trade &&
        trade.flowsWithoutQuantity > 0 && {
          flowsWithoutQuantity: trade.flowsWithoutQuantity,
        }),
      includesOtherCountries: o.inputs.includesOtherCountries,
    });
  }
  return results;
}
