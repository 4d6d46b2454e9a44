import {
  type GlobalScenarioResult,
  runGlobalScenario,
  SCENARIO_STAGES,
  type ScenarioChangeSpec,
  type ScenarioStageCode,
} from "../criticality/loaders/global-eu-scenario.ts";
import { publishedBottleneckNote } from "../criticality/scenarios/notes.ts";
import { toAppError } from "../criticality/web-kit/engine-error-text.ts";
import { AppError } from "../platform/errors/app-error.ts";
import { formatNumber } from "../platform/i18n/format.ts";
import type { Lang } from "../platform/i18n/i18n.ts";
import { parseOptions, required } from "./args.ts";
import { type CliContext, UsageError } from "./context.ts";
import { CLI_PARTIES, materialOrFail, pick } from "./criticality-common.ts";
import { printTable } from "./criticality-output.ts";
import { cli } from "./messages.ts";

const OPTION_KINDS = {
  cut: "supply_cut",
  restrict: "export_restriction",
  add: "new_supply",
} as const satisfies Record<string, ScenarioChangeSpec["kind"]>;

/** COUNTRY:STAGE:VALUE → a change; a malformed one is a usage error. */
export function parseChange(
  lang: Lang,
  option: keyof typeof OPTION_KINDS,
  text: string,
): ScenarioChangeSpec {
  const [country, stage, value, ...extra] = text.split(":");
  const number = Number(value);
  if (
    extra.length > 0 ||
    !country ||
    !Object.hasOwn(SCENARIO_STAGES, stage ?? "") ||
    value === undefined ||
    value.trim() === "" ||
    !Number.isFinite(number)
  ) {
    throw new UsageError(
      cli(lang, "badOption", {
        detail: `--${option} ${text} (${lang === "fr" ? "PAYS" : "COUNTRY"}:mine|refinery:${lang === "fr" ? "VALEUR" : "VALUE"})`,
      }),
    );
  }
  return {
    kind: OPTION_KINDS[option],
    country: country.toUpperCase(),
    stage: stage as ScenarioStageCode,
    value: number,
  };
}

/**
 * alliage criticality scenario --material NAME [--party global|qc|fr]
 *   (--cut C:S:PCT | --restrict C:S:T | --add C:S:CAP)… [--json]
 * Options apply in the order --cut, --restrict, --add, each in the order given. A cut's
 * shortfall is printed first. Nothing is saved.
 */
export async function scenarioCommand(ctx: CliContext, args: string[]): Promise<number> {
  const lang = ctx.config.cliLang;
  const { values } = parseOptions(lang, args, {
    material: { type: "string" },
    party: { type: "string" },
    cut: { type: "string", multiple: true },
    restrict: { type: "string", multiple: true },
    add: { type: "string", multiple: true },
    json: { type: "boolean" },
  });
  const name = required(lang, values.material, "--material");
  const party = pick(lang, CLI_PARTIES, values.party ?? "global", "--party");
  const changes: ScenarioChangeSpec[] = [];
  for (const option of ["cut", "restrict", "add"] as const) {
    for (const text of (values[option] as string[] | undefined) ?? []) {
      changes.push(parseChange(lang, option, text));
    }
  }
  if (changes.length === 0) {
    throw new UsageError(cli(lang, "missingOption", { option: "--cut | --restrict | --add" }));
  }
  const db = await ctx.database();
  try {
    const material = await materialOrFail(db, lang, name);
    let result: GlobalScenarioResult;
    try {
      result = await runGlobalScenario(db, material.id, changes, party);
    } catch (error) {
      throw error instanceof AppError ? error : toAppError(error);
    }
    if (values.json) {
      ctx.out(JSON.stringify(result));
      return 0;
    }
    printResult(ctx, lang, lang === "fr" ? material.nameFr : material.nameEn, result);
    return 0;
  } finally {
    await db.close();
  }
}

function printResult(ctx: CliContext, lang: Lang, name: string, r: GlobalScenarioResult) {
  const fr = lang === "fr";
  const n = (v: number) => formatNumber(lang, v, 4);
  const signed = (v: number) => (v > 0 ? `+${n(v)}` : n(v));
  const yes = (b: boolean) => (fr ? (b ? "oui" : "non") : b ? "yes" : "no");
  const view = {
    global: fr ? "point de vue mondial" : "global view",
    "quebec-canada": fr ? "point de vue Québec–Canada" : "Québec–Canada view",
    "france-eu": fr ? "point de vue France–UE" : "France–EU view",
  }[r.party];
  ctx.out(
    fr
      ? `${name} — ${view}, méthode UE — scénario (non enregistré)`
      : `${name} — ${view}, EU method — scenario (not saved)`,
  );
  const pct = (v: number) => `${formatNumber(lang, v * 100, 1)}${fr ? "\u202f%" : "%"}`;
  for (const f of r.shortfall) {
    const q = `${formatNumber(lang, f.quantity, 0)} ${f.unit}`;
    const own =
      f.shareOfPartySourcing === null
        ? ""
        : fr
          ? ` ; ${pct(f.shareOfPartySourcing)} de l’approvisionnement connu de la partie`
          : `; ${pct(f.shareOfPartySourcing)} of the party’s known sourcing`;
    ctx.out(
      fr
        ? `Manque : ${q} (${f.year}) retirés par ${f.country} à l’étape ${f.stage}, soit ${pct(f.shareOfWorld)} de l’offre mondiale${own}.`
        : `Shortfall: ${q} (${f.year}) removed by ${f.country} at stage ${f.stage}, ${pct(f.shareOfWorld)} of world supply${own}.`,
    );
  }
  if (r.shortfall.length > 0) {
    ctx.out(
      fr
        ? "Le RA « après » mesure la concentration de l’offre qui reste, pas une matière devenue plus sûre."
        : "The SR “after” measures the concentration of the supply that remains, not a safer material.",
    );
  }
  for (const c of r.notComputed) {
    ctx.out(
      fr
        ? `Étape ${c.stage} : RA publié par l’UE (pas de série de production) ; ce changement (${c.country}) n’y est pas calculé.`
        : `Stage ${c.stage}: SR published by the EU (no production series); this change (${c.country}) is not computed there.`,
    );
  }
  const note = publishedBottleneckNote(lang, r);
  if (note) ctx.out(note);
  if (r.bottleneck.before) {
    ctx.out(
      fr
        ? `Étape goulot : ${r.bottleneck.before}${r.bottleneck.after !== r.bottleneck.before ? ` (après : ${r.bottleneck.after})` : ""}.`
        : `Bottleneck: ${r.bottleneck.before}${r.bottleneck.after !== r.bottleneck.before ? ` (after: ${r.bottleneck.after})` : ""}.`,
    );
  }
  const rows: (string | number)[][] = [];
  for (const s of r.stages) {
    if (s.hhi) rows.push([`HHI ${s.stage}`, n(s.hhi.before), n(s.hhi.after), signed(s.hhi.delta)]);
    rows.push([
      `${fr ? "RA" : "SR"} ${s.stage}${s.provenance === "published" ? (fr ? " (publié)" : " (published)") : ""}`,
      n(s.supplyRisk.before),
      n(s.supplyRisk.after),
      signed(s.supplyRisk.delta),
    ]);
  }
  rows.push([
    fr ? "RA" : "SR",
    n(r.supplyRisk.before),
    n(r.supplyRisk.after),
    signed(r.supplyRisk.delta),
  ]);
  rows.push([fr ? "critique" : "critical", yes(r.critical.before), yes(r.critical.after), ""]);
  printTable(ctx, fr ? ["", "avant", "après", "écart"] : ["", "before", "after", "delta"], rows);
  if (r.omittedStages.length > 0) {
    ctx.out(
      fr
        ? `Étapes évaluées sans données ni valeur publiée : ${r.omittedStages.join(", ")}.`
        : `Assessed stages with neither data nor a published value: ${r.omittedStages.join(", ")}.`,
    );
  }
  const p = r.sources.production
    .map((s) => `${s.stage} ${s.year} (${s.vintage}, ${s.detail})`)
    .join("; ");
  ctx.out(
    fr
      ? `Sources : USGS ${p} ; WGI ${r.sources.wgi.year} (médiane ${n(r.sources.wgi.fallback)} pour ${r.sources.wgi.fallbackFor.join(", ") || "—"}) ; ${r.sources.eu} (EoL-RIR, SI_SR, IE, t). IE ${n(r.economicImportance)}.`
      : `Sources: USGS ${p}; WGI ${r.sources.wgi.year} (median ${n(r.sources.wgi.fallback)} for ${r.sources.wgi.fallbackFor.join(", ") || "—"}); ${r.sources.eu} (EoL-RIR, SI_SR, EI, t). EI ${n(r.economicImportance)}.`,
  );
}
