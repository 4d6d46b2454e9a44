import { productionConcentration } from "../criticality/engine/index.ts";
import { supplyRows } from "../criticality/loaders/supply.ts";
import { toAppError } from "../criticality/web-kit/engine-error-text.ts";
import { fail } from "../platform/errors/app-error.ts";
import { formatNumber } from "../platform/i18n/format.ts";
import { parseOptions, required } from "./args.ts";
import type { CliContext } from "./context.ts";
import { CLI_STAGES, materialOrFail, parseYear, pick } from "./criticality-common.ts";
import { printRows } from "./criticality-output.ts";

/** alliage criticality hhi --material NAME --stage mine|refinery [--year Y] [--json|--csv] */
export async function hhiCommand(ctx: CliContext, args: string[]): Promise<number> {
  const lang = ctx.config.cliLang;
  const { values } = parseOptions(lang, args, {
    material: { type: "string" },
    stage: { type: "string" },
    year: { type: "string" },
    json: { type: "boolean" },
    csv: { type: "boolean" },
  });
  const name = required(lang, values.material, "--material");
  const stageName = required(lang, values.stage, "--stage");
  const stage = pick(lang, CLI_STAGES, stageName, "--stage");
  const year = parseYear(lang, values.year);
  const db = await ctx.database();
  try {
    const material = await materialOrFail(db, lang, name);
    const series = await supplyRows(db, material.id, stage, year);
    if (!series) {
      throw fail("criticality_no_data", {
        material: lang === "fr" ? material.nameFr : material.nameEn,
        stage: stageName,
        year: year === undefined ? "" : lang === "fr" ? ` en ${year}` : ` in ${year}`,
      });
    }
    let c: ReturnType<typeof productionConcentration>;
    try {
      c = productionConcentration(material.id, stage, series.year, series.rows);
    } catch (error) {
      throw toAppError(error);
    }
    const producers = c.shares.map((s) => ({
      country: s.country,
      share: s.share,
      ...(s.isOtherCountries && { isOtherCountries: true }),
    }));
    if (values.json) {
      ctx.out(
        JSON.stringify({
          material: material.id,
          stage: stageName,
          year: series.year,
          hhi: c.hhi,
          producers,
          includesOtherCountries: c.includesOtherCountries,
          withheld: series.withheld,
          source: { vintage: series.vintage, detail: series.detail, unit: series.unit },
        }),
      );
      return 0;
    }
    const rows = producers
      .slice()
      .sort((a, b) => b.share - a.share)
      .map((p) => [
        material.id,
        stageName,
        series.year,
        p.country,
        p.share,
        p.isOtherCountries === true,
      ]);
    if (values.csv) {
      printRows(
        ctx,
        { csv: true },
        ["material", "stage", "year", "country", "share", "other_countries"],
        rows,
      );
      return 0;
    }
    ctx.out(
      `${lang === "fr" ? material.nameFr : material.nameEn} — ${stageName} ${series.year} — HHI ${formatNumber(lang, c.hhi, 4)} (${series.vintage}, ${series.detail})`,
    );
    printRows(
      ctx,
      {},
      ["country", "share"],
      producers
        .slice()
        .sort((a, b) => b.share - a.share)
        .map((p) => [
          p.isOtherCountries ? `${p.country} *` : p.country,
          formatNumber(lang, p.share, 4),
        ]),
    );
    if (c.includesOtherCountries) {
      ctx.out(
        lang === "fr"
          ? "* « Autres pays » compté comme un seul producteur (HHI sous-estimé)."
          : "* “Other countries” counted as one producer (HHI understated).",
      );
    }
    return 0;
  } finally {
    await db.close();
  }
}
