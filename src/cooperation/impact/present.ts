import type { MissingInput, PartyId } from "../../criticality/engine/index.ts";
import { inputLabel } from "../../criticality/web-kit/messages.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import type { ViewCode } from "../../shared/party.ts";
import { impactText as t } from "./messages.ts";

/** The views the ranking offers and the API names, in that order: France's first, the default. */
export const RANKING_VIEW_CODES = ["global", "fr", "qc"] as const satisfies readonly ViewCode[];

export function partyName(lang: Lang, p: PartyId): string {
  return t(lang, p === "global" ? "partyGlobal" : p === "france-eu" ? "partyFr" : "partyQc");
}

/** Missing inputs in the criticality area's words, with the stage. */
export function missingText(lang: Lang, missing: readonly MissingInput[]): string {
  return [
    ...new Set(missing.map((m) => `${inputLabel(lang, m.input)}${m.stage ? ` (${m.stage})` : ""}`)),
  ].join(" ; ");
}
