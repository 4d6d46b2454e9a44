// The criticality engine against its budgets: a full assessment (90 materials × EU and
// GeoPolRisk × 3 parties × 2 vintages) under 50 ms, one scenario under 1 ms, and a
// 10,000-draw Monte Carlo for all materials under 2 s. The input is the engine's seeded
// synthetic dataset, the size of the real one; each case runs beside the cheapest pass over the
// same input (summing every production row) so that the ratio survives a busy machine.
import { syntheticDataset } from "../src/criticality/engine/fixtures/synthetic.ts";
import {
  assess,
  buildWgiIndex,
  EU_THRESHOLDS_2023,
  monteCarlo,
  runScenario,
} from "../src/criticality/engine/index.ts";
import { defineSuite } from "./harness.ts";

type Dataset = ReturnType<typeof syntheticDataset>;
type Ctx = { vintages: Dataset[] };

/** Touches every supply row once: the floor any computation over the dataset must pay. */
function sumRows(v: Dataset): number {
  let total = 0;
  for (const m of v.eu) {
    for (const s of m.stages) for (const r of s.globalSupply ?? []) total += r.quantity;
  }
  return total;
}

const baseline = {
  name: "sum of all supply rows",
  run: async (ctx: Ctx) => {
    let rows = 0;
    for (const v of ctx.vintages) rows += sumRows(v) > 0 ? v.eu.length : 0;
    return { items: rows };
  },
};

defineSuite<Ctx>({
  name: "criticality engine",
  setup: async () => ({ vintages: [syntheticDataset(1), syntheticDataset(2)] }),
  cases: [
    {
      name: "full assessment (90 materials × 2 methods × 3 parties × 2 vintages)",
      unit: "assessments",
      runs: 21,
      warmup: 3,
      target: 270 * 2 * 20, // all of them in 50 ms
      baseline,
      run: async (ctx) => {
        let items = 0;
        for (const [i, v] of ctx.vintages.entries()) {
          items += assess({
            vintage: `V${i}`,
            wgi: buildWgiIndex(v.wgi),
            thresholds: EU_THRESHOLDS_2023,
            eu: v.eu,
            geopolrisk: v.geopolrisk,
          }).length;
        }
        return { items };
      },
    },
    {
      name: "one scenario (supply cut + new supply)",
      unit: "scenarios",
      runs: 21,
      warmup: 3,
      target: 1000, // 1 ms each
      baseline,
      run: async (ctx) => {
        const v = ctx.vintages[0] as Dataset;
        const materials = new Map(v.eu.map((m) => [m.material, m]));
        const wgi = buildWgiIndex(v.wgi);
        const country = v.eu[0]?.stages[0]?.globalSupply?.[0]?.country as string;
        const n = 500;
        for (let i = 0; i < n; i++) {
          runScenario(
            {
              material: "M0",
              party: "france-eu",
              changes: [
                { kind: "supply_cut", country, stage: "extraction", percent: 50 },
                { kind: "new_supply", country: "C1", stage: "extraction", capacity: 100 },
              ],
            },
            { materials, wgi, thresholds: EU_THRESHOLDS_2023 },
          );
        }
        return { items: n };
      },
    },
    {
      name: "Monte Carlo, 10,000 draws, all 90 materials",
      unit: "draws",
      runs: 5,
      warmup: 1,
      target: 5000, // 10,000 draws in 2 s
      baseline,
      run: async (ctx) => {
        const v = ctx.vintages[0] as Dataset;
        const out = monteCarlo({
          materials: v.eu,
          party: "france-eu",
          wgi: buildWgiIndex(v.wgi),
          thresholds: EU_THRESHOLDS_2023,
          draws: 10_000,
          seed: 2026,
        });
        if (out.materials.length !== 90) throw new Error(`${out.materials.length} materials`);
        return { items: 10_000 };
      },
    },
  ],
});
