import {
  computeUncertainty,
  readUncertaintyParams,
  type UncertaintyResult,
} from "../criticality/uncertainty/queries.ts";
import { formatNumber } from "../platform/i18n/format.ts";
import type { Lang } from "../platform/i18n/i18n.ts";
import { parseOptions } from "./args.ts";
import type { CliContext } from "./context.ts";
import { materialOrFail } from "./criticality-common.ts";
import { printRows } from "./criticality-output.ts";

/**
 * alliage criticality uncertainty [--draws N] [--seed S] [--material NAME] [--json|--csv]
 * Monte Carlo on the global view (EU method): p5/p50/p95 of SR and P(critical) per material.
 */
export async function uncertaintyCommand(ctx: CliContext, args: string[]): Promise<number> {
  const lang = ctx.config.cliLang;
  const { values } = parseOptions(lang, args, {
    draws: { type: "string" },
    seed: { type: "string" },
    material: { type: "string" },
    json: { type: "boolean" },
    csv: { type: "boolean" },
  });
  const { draws, seed } = readUncertaintyParams(values.draws, values.seed);
  const db = await ctx.database();
  try {
    const material =
      values.material === undefined
        ? undefined
        : (await materialOrFail(db, lang, values.material)).id;
    const r = await computeUncertainty(db, { draws, seed, ...(material && { material }) });
    if (values.json) {
      ctx.out(JSON.stringify(r));
      return 0;
    }
    const header = ["material", "sr", "p5", "p50", "p95", "mean", "p_critical"];
    const cells = (n: (v: number) => string | number) =>
      r.materials.map((m) => [
        m.material,
        n(m.deterministic),
        n(m.p5),
        n(m.p50),
        n(m.p95),
        n(m.mean),
        n(m.probabilityCritical),
      ]);
    if (values.csv) {
      printRows(
        ctx,
        { csv: true },
        header,
        cells((v) => v),
      );
      return 0;
    }
    printTable(
      ctx,
      lang,
      r,
      cells((v) => formatNumber(lang, v, 3)),
    );
    return 0;
  } finally {
    await db.close();
  }
}

function printTable(
  ctx: CliContext,
  lang: Lang,
  r: UncertaintyResult,
  rows: (string | number)[][],
) {
  const fr = lang === "fr";
  const pct = formatNumber(lang, r.estimateRelativeStdError * 100, 0);
  ctx.out(
    fr
      ? `Incertitude (Monte-Carlo) — point de vue mondial, méthode UE — ${formatNumber(lang, r.draws)} tirages, graine ${r.seed}`
      : `Uncertainty (Monte Carlo) — global view, EU method — ${formatNumber(lang, r.draws)} draws, seed ${r.seed}`,
  );
  printRows(
    ctx,
    {},
    fr
      ? ["matière", "RA", "p5", "p50", "p95", "moyenne", "P(critique)"]
      : ["material", "SR", "p5", "p50", "p95", "mean", "P(critical)"],
    rows,
  );
  ctx.out(
    fr
      ? `RA : valeur déterministe ; p5, p50, p95 : percentiles des tirages. Tirages sur les erreurs types du WGI ${r.sources.wgi} et sur les productions estimées par l’USGS (erreur type relative ${pct} %) ; IE publiée (${r.sources.eu}). P(critique) : part des tirages avec RA ≥ ${formatNumber(lang, r.thresholds.supplyRisk, 1)} et IE ≥ ${formatNumber(lang, r.thresholds.economicImportance, 1)}.`
      : `SR: deterministic value; p5, p50, p95: percentiles of the draws. Draws over the standard errors of WGI ${r.sources.wgi} and the USGS production estimates (relative standard error ${pct}%); published EI (${r.sources.eu}). P(critical): share of draws with SR ≥ ${formatNumber(lang, r.thresholds.supplyRisk, 1)} and EI ≥ ${formatNumber(lang, r.thresholds.economicImportance, 1)}.`,
  );
  if (r.skipped.length > 0) {
    ctx.out(
      fr
        ? `Non calculées : ${r.skipped.map((s) => `${s.material} (${s.missing})`).join(", ")}.`
        : `Not computed: ${r.skipped.map((s) => `${s.material} (${s.missing})`).join(", ")}.`,
    );
  }
}
