import { runGeoPolRiskCase } from "../criticality/geopolrisk-case/run-case.ts";
import { toAppError } from "../criticality/web-kit/engine-error-text.ts";
import { formatNumber } from "../platform/i18n/format.ts";
import { parseOptions, required } from "./args.ts";
import { type CliContext, type Subcommand, UsageError } from "./context.ts";
import { assessCommand } from "./criticality-assess.ts";
import { hhiCommand } from "./criticality-hhi.ts";
import { scenarioCommand } from "./criticality-scenario.ts";
import { uncertaintyCommand } from "./criticality-uncertainty.ts";
import { cli } from "./messages.ts";

/** alliage criticality geopolrisk --trade F --production F --wgi F --importer C --year Y --material M */
export const criticalityCommand: Subcommand = async (ctx) => {
  const [action, ...rest] = ctx.args;
  if (action === "geopolrisk") return geopolrisk(ctx, rest);
  if (action === "hhi") return hhiCommand(ctx, rest);
  if (action === "assess") return assessCommand(ctx, rest);
  if (action === "scenario") return scenarioCommand(ctx, rest);
  if (action === "uncertainty") return uncertaintyCommand(ctx, rest);
  throw new UsageError(cli(ctx.config.cliLang, "usage"));
};

function geopolrisk(ctx: CliContext, args: string[]): number {
  const lang = ctx.config.cliLang;
  const { values } = parseOptions(lang, args, {
    trade: { type: "string" },
    production: { type: "string" },
    wgi: { type: "string" },
    importer: { type: "string" },
    year: { type: "string" },
    material: { type: "string" },
    normaliser: { type: "string" },
    json: { type: "boolean" },
  });
  const year = Number(required(lang, values.year, "--year"));
  if (!Number.isInteger(year))
    throw new UsageError(cli(lang, "badOption", { detail: `--year ${values.year}` }));
  const normaliser = values.normaliser === undefined ? undefined : Number(values.normaliser);
  if (normaliser !== undefined && !(normaliser > 0)) {
    throw new UsageError(cli(lang, "badOption", { detail: `--normaliser ${values.normaliser}` }));
  }
  let result: ReturnType<typeof runGeoPolRiskCase>;
  try {
    result = runGeoPolRiskCase({
      trade: required(lang, values.trade, "--trade"),
      production: required(lang, values.production, "--production"),
      wgi: required(lang, values.wgi, "--wgi"),
      importer: required(lang, values.importer, "--importer"),
      material: required(lang, values.material, "--material"),
      year,
      ...(normaliser === undefined ? {} : { normaliser }),
    });
  } catch (error) {
    throw toAppError(error);
  }
  if (values.json) {
    ctx.out(JSON.stringify(result));
    return 0;
  }
  const width = Math.max(...Object.keys(result).map((k) => k.length));
  for (const [key, value] of Object.entries(result)) {
    ctx.out(`${key.padEnd(width)}  ${formatNumber(lang, value, 12)}`);
  }
  return 0;
}
