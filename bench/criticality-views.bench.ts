// Criticality on the shipped data (USGS MCS 2025–2026, WGI, EU CRM 2023 in an in-memory PGlite
// database, as `alliage db seed` loads them), against the issue 12 budgets, 50 ms median each:
// - the full assessment: every material of the EU table × the EU method × the three views,
//   inputs built from the database by the one builder, every stage computed or published;
// - the comparison page of one material: data and HTML drawn afresh, and as served (drawn once
//   per data version, language and material);
// - the complementarity table (every Canadian-producing stage through the scenario engine in
//   two views, view inputs as cached) and its page as served.
// The view inputs are read from the database once per data version (buildViewInputs): the
// first call of setup's counts pays for it, the timed runs do not.
// Setup prints how many stages each view computes, takes as published, or lacks.

import { seedReferenceData } from "../src/app/seed.ts";
import { ComparePage } from "../src/criticality/compare/pages.tsx";
import { loadComparison } from "../src/criticality/compare/queries.ts";
import { comparePage } from "../src/criticality/compare/routes.tsx";
import { loadComplementarity } from "../src/criticality/complementarity/queries.ts";
import { complementarityFragment } from "../src/criticality/complementarity/routes.tsx";
import { assessView } from "../src/criticality/loaders/view-assess.ts";
import { euMaterialOptions } from "../src/criticality/materials/queries.ts";
import { type Db, openPglite } from "../src/platform/db/client.ts";
import { migrate } from "../src/platform/db/migrate.ts";
import { defineSuite } from "./harness.ts";

const PARTIES = ["global", "quebec-canada", "france-eu"] as const;
type Ctx = { db: Db };

/** Stages per provenance and materials assessed per view, printed once. */
async function counts(db: Db): Promise<void> {
  for (const party of PARTIES) {
    const v = await assessView(db, party);
    const stages = v?.materials.flatMap((m) => m.stages) ?? [];
    const n = (p: string) => stages.filter((s) => s.provenance === p).length;
    const ok = v?.materials.filter((m) => m.status === "ok").length ?? 0;
    console.log(
      `  ${party}: ${ok}/${v?.materials.length ?? 0} materials assessed; stages computed ${n("computed")}, published ${n("published")}, missing ${n("missing")}`,
    );
  }
}

const html = async (node: unknown) => String(await (node as { toString(): unknown }).toString());

defineSuite<Ctx>({
  name: "criticality on the shipped data",
  setup: async () => {
    const db = await openPglite();
    await migrate(db);
    await seedReferenceData(db);
    await counts(db);
    return { db };
  },
  teardown: async (ctx) => ctx.db.close(),
  cases: [
    {
      name: "full assessment (EU table × EU method × 3 views, from the database)",
      unit: "assessments",
      runs: 15,
      warmup: 2,
      target: 70 * 3 * 20, // every material in every view in 50 ms
      run: async (ctx) => {
        let items = 0;
        for (const party of PARTIES)
          items += (await assessView(ctx.db, party))?.materials.length ?? 0;
        return { items };
      },
    },
    {
      name: "comparison page, lithium (data + HTML, uncached)",
      unit: "pages",
      runs: 15,
      warmup: 2,
      target: 20, // one page in 50 ms
      run: async (ctx) => {
        const c = await loadComparison(ctx.db, "lithium");
        const options = await euMaterialOptions(ctx.db, "fr");
        const page = await html(ComparePage({ lang: "fr", options, c }));
        if (!page.includes("lithium")) throw new Error("comparison page without lithium");
        return { items: 1 };
      },
    },
    {
      name: "complementarity table (scenario engine × 2 views, uncached)",
      unit: "tables",
      runs: 9,
      warmup: 1,
      target: 20,
      run: async (ctx) => {
        const c = await loadComplementarity(ctx.db);
        if (c.rows.length === 0) throw new Error("empty complementarity");
        return { items: 1, metrics: { rows: c.rows.length } };
      },
    },
    {
      name: "comparison page, lithium, as served (drawn once per data version)",
      unit: "pages",
      runs: 15,
      warmup: 2,
      target: 20,
      run: async (ctx) => {
        await comparePage(ctx.db, "fr", "lithium");
        return { items: 1 };
      },
    },
    {
      name: "complementarity page as served (drawn once per data version)",
      unit: "pages",
      runs: 15,
      warmup: 2,
      target: 20,
      run: async (ctx) => {
        await complementarityFragment(ctx.db, "fr");
        return { items: 1 };
      },
    },
  ],
});
