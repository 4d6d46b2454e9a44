import type { MissingInput, PartyId } from "../../criticality/engine/index.ts";
import { inputLabel } from "../../criticality/web/messages.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { impactText as t } from "./messages.ts";

/** Party codes of URLs and the API (as in the criticality area) ↔ engine party ids. */
export const PARTY_CODES = { global: "global", fr: "france-eu", qc: "quebec-canada" } as const;
export type PartyCode = keyof typeof PARTY_CODES;
export const codeOfParty = (p: PartyId): PartyCode =>
  p === "global" ? "global" : p === "france-eu" ? "fr" : "qc";

export function partyName(lang: Lang, p: PartyId): string {
  return t(lang, p === "global" ? "partyGlobal" : p === "france-eu" ? "partyFr" : "partyQc");
}

/** Missing inputs in the criticality area's words, with the stage. */
export function missingText(lang: Lang, missing: readonly MissingInput[]): string {
  return [
    ...new Set(missing.map((m) => `${inputLabel(lang, m.input)}${m.stage ? ` (${m.stage})` : ""}`)),
  ].join(" ; ");
}
