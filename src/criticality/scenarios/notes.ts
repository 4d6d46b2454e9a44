/**
 * The sentence a scenario owes its reader when the material's bottleneck is a stage whose SR is
 * the EU's published one: no change the scenario makes elsewhere can move the SR, and saying
 * only "SR unchanged" would read as "the project is useless" rather than "look at the other
 * stage" (issue 12: « le goulet d'étranglement est la transformation ; une nouvelle mine ne le
 * change pas »). Shared by the page and the CLI.
 */
import type { Lang } from "../../platform/i18n/i18n.ts";
import { messages } from "../../platform/i18n/i18n.ts";
import type { GlobalScenarioResult, ScenarioChangeSpec } from "../loaders/global-eu-scenario.ts";

const text = messages({
  note: {
    fr: "Le goulet d’étranglement est {stage}, dont le RA est celui publié par l’UE ; {change} ne le change pas.",
    en: "The bottleneck is {stage}, whose SR is the one published by the EU; {change} does not change it.",
  },
  mine: { fr: "l’extraction", en: "extraction" },
  refinery: { fr: "la transformation", en: "processing" },
  new_supply_mine: { fr: "une nouvelle mine", en: "a new mine" },
  new_supply_refinery: { fr: "une nouvelle raffinerie", en: "a new refinery" },
  supply_cut: { fr: "une baisse de production", en: "a supply cut" },
  export_restriction: { fr: "une restriction à l’export", en: "an export restriction" },
  noteSeveral: {
    fr: "Le goulet d’étranglement est {stage}, dont le RA est celui publié par l’UE ; aucun de ces changements ne le change.",
    en: "The bottleneck is {stage}, whose SR is the one published by the EU; none of these changes alters it.",
  },
});

const noun = (lang: Lang, c: ScenarioChangeSpec) =>
  c.kind === "new_supply" ? text(lang, `new_supply_${c.stage}`) : text(lang, c.kind);

/** The note, or null when the bottleneck is computed, moves, or its SR changes. */
export function publishedBottleneckNote(lang: Lang, r: GlobalScenarioResult): string | null {
  const stage = r.bottleneck.before;
  const bottleneck = r.stages.find((s) => s.stage === stage);
  if (!stage || bottleneck?.provenance !== "published" || r.changes.length === 0) return null;
  if (r.bottleneck.after !== stage || r.supplyRisk.after !== r.supplyRisk.before) return null;
  const [only, ...others] = r.changes;
  const name = text(lang, stage);
  return only && others.length === 0
    ? text(lang, "note", { stage: name, change: noun(lang, only) })
    : text(lang, "noteSeveral", { stage: name });
}
