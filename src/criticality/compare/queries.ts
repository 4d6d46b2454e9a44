/**
 * The parties compared for one material: the three views side by side (SR per stage with its
 * provenance, the bottleneck) from loadFactsheetViews — the factsheet's own function, so that
 * the comparison can never show another number — then, per assessed stage, who produces it
 * (world supply of the one builder, loaders/view-inputs.ts), Canada's and the EU-27's own
 * shares, and, when BACI flows are imported, each party's top suppliers and how far their
 * sources overlap. Without flows the answer names the dataset and the command that loads it.
 */
import { z } from "@hono/zod-openapi";
import type { Db } from "../../platform/db/client.ts";
import type { SupplyRow } from "../engine/index.ts";
import { TRADE_PARTIES, type TradeImports } from "../loaders/trade.ts";
import { buildViewInputs } from "../loaders/view-inputs.ts";
import { partyImports } from "../loaders/view-sourcing.ts";
import {
  factsheetGroups,
  factsheetViews,
  loadFactsheetGroups,
  loadFactsheetViews,
} from "../material-views/queries.ts";

/** Producers listed per stage; the rest is summed as « autres ». */
export const TOP_PRODUCERS = 5;
export const TOP_SUPPLIERS = 5;
/** What loads the trade flows, named where a figure needs them. */
export const TRADE_DATASET = {
  dataset: "BACI (CEPII), HS92",
  command: "alliage data import baci",
} as const;

const bilingual = z.object({ fr: z.string(), en: z.string() });
const share = z.object({
  country: z.string().nullable().openapi({ description: "ISO alpha-3; null: « Autres pays »" }),
  name: bilingual,
  share: z.number().openapi({ description: "Fraction 0–1" }),
});

export const comparisonSchema = z
  .object({
    material: z.object({ id: z.string(), name: bilingual }),
    groups: factsheetGroups,
    views: factsheetViews,
    supply: z.array(
      z.object({
        stage: z.enum(["extraction", "processing"]),
        source: z.string().openapi({ example: "USGS MCS 2026, 2025, Mine production" }),
        producers: z.array(share),
        residualShare: z.number(),
        canadaShare: z
          .number()
          .nullable()
          .openapi({ description: "null: Canada not named by the USGS at this stage" }),
        euShare: z
          .number()
          .nullable()
          .openapi({ description: "EU-27 members named by the USGS; null: none" }),
      }),
    ),
    trade: z
      .object({
        parties: z.array(
          z.object({
            party: z.enum(["quebec-canada", "france-eu"]),
            year: z.number().int(),
            source: z.string(),
            suppliers: z.array(share),
          }),
        ),
        overlap: z.number().nullable().openapi({
          description:
            "Σ_c min(share_QC,c, share_EU,c) over extra-party suppliers: 0 disjoint, 1 identical",
        }),
        common: z.array(z.string()),
      })
      .nullable(),
    tradeNeeded: z.object({ dataset: z.string(), command: z.string() }).nullable(),
  })
  .openapi("CriticalityComparison");

export type Comparison = z.infer<typeof comparisonSchema>;
type Names = (code: string) => { fr: string; en: string };

/** The comparison of `id` (a material of the EU table), or null when the view holds none of it. */
export async function loadComparison(db: Db, id: string): Promise<Comparison | null> {
  const [material] = await db.query<{ id: string; name_fr: string; name_en: string }>(
    "SELECT id, name_fr, name_en FROM materials WHERE id = $1",
    [id],
  );
  if (!material) return null;
  const names = await countryNames(db);
  // Most materials have no flows: one cheap look first spares the two trade lookups.
  const traded =
    (await db.query("SELECT 1 FROM trade_flows WHERE material_id = $1 LIMIT 1", [id])).length > 0;
  const [views, groups, global, qc, eu] = await Promise.all([
    loadFactsheetViews(db, id),
    loadFactsheetGroups(db, id),
    buildViewInputs(db, "global", { materials: [id] }),
    traded ? partyImports(db, id, "quebec-canada") : null,
    traded ? partyImports(db, id, "france-eu") : null,
  ]);
  const entry = global?.materials.find((m) => m.material === id);
  const supply = (entry?.input.stages ?? []).flatMap((s) => {
    const p = entry?.stages.find((x) => x.stage === s.stage);
    if (!s.globalSupply || !p?.series) return [];
    const { vintage, year, detail } = p.series;
    return [
      {
        stage: s.stage as "extraction" | "processing",
        source: `USGS ${vintage}, ${year}, ${detail}`,
        ...producerShares(s.globalSupply, names),
      },
    ];
  });
  return {
    material: { id: material.id, name: { fr: material.name_fr, en: material.name_en } },
    groups,
    views,
    supply,
    trade: qc && eu ? tradeComparison(qc, eu, names) : null,
    tradeNeeded: qc && eu ? null : TRADE_DATASET,
  };
}

function producerShares(rows: readonly SupplyRow[], names: Names) {
  const producers = rows.filter((r) => r.kind !== "total" && r.quantity > 0);
  const total = producers.reduce((a, r) => a + r.quantity, 0);
  const of = (r: SupplyRow) => (total > 0 ? r.quantity / total : 0);
  const named = producers.filter((r) => r.kind !== "other").sort((a, b) => b.quantity - a.quantity);
  const sumOf = (members: readonly string[]) => {
    const found = named.filter((r) => members.includes(r.country));
    return found.length === 0 ? null : found.reduce((a, r) => a + of(r), 0);
  };
  const residual = producers.filter((r) => r.kind === "other").reduce((a, r) => a + of(r), 0);
  return {
    producers: named.slice(0, TOP_PRODUCERS).map((r) => ({
      country: r.country,
      name: names(r.country),
      share: of(r),
    })),
    residualShare: residual,
    canadaShare: sumOf(TRADE_PARTIES.qc.members),
    euShare: sumOf(TRADE_PARTIES.eu.members),
  };
}

/** Each party's suppliers from outside itself, as shares of its extra-party imports. */
function suppliers(t: TradeImports): Map<string, number> {
  const members = t.partyInput.members ?? [];
  const rows = t.partyInput.imports.filter((r) => !members.includes(r.partner) && r.quantity > 0);
  const total = rows.reduce((a, r) => a + r.quantity, 0);
  return new Map(rows.map((r) => [r.partner, total > 0 ? r.quantity / total : 0]));
}

function tradeComparison(qc: TradeImports, eu: TradeImports, names: Names) {
  const q = suppliers(qc);
  const e = suppliers(eu);
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_SUPPLIERS)
      .map(([country, share]) => ({ country, name: names(country), share }));
  // The overlap of two distributions: the share of sourcing both draw from the same countries
  // (1 = the same suppliers in the same proportions, 0 = no supplier in common). Canada supplying
  // the EU, or the EU Canada, is not "the same source": each party's own members are left out.
  const common = [...q.keys()].filter((c) => e.has(c));
  const overlap =
    q.size > 0 && e.size > 0
      ? common.reduce((a, c) => a + Math.min(q.get(c) ?? 0, e.get(c) ?? 0), 0)
      : null;
  const party = (p: "quebec-canada" | "france-eu", t: TradeImports, m: Map<string, number>) => ({
    party: p,
    year: t.year,
    source: t.source,
    suppliers: top(m),
  });
  return {
    parties: [party("quebec-canada", qc, q), party("france-eu", eu, e)],
    overlap,
    common: common.sort(),
  };
}

async function countryNames(db: Db): Promise<Names> {
  const rows = await db.query<{ id: string; name_fr: string; name_en: string }>(
    "SELECT id, name_fr, name_en FROM countries",
  );
  const by = new Map(rows.map((r) => [r.id, { fr: r.name_fr, en: r.name_en }]));
  return (code) => by.get(code) ?? { fr: code, en: code };
}
