import type { Texts } from "../../platform/i18n/i18n.ts";
import { PARTY_CURRENCY as CURRENCY_OF, formatMoney } from "../shared/money.ts";
import type { ApplicationContent, CallForApplication } from "./queries.ts";

const PARTY_NAME = {
  qc: { fr: "du Québec", en: "from Québec" },
  fr: { fr: "de France", en: "from France" },
} as const;
const PARTY_FUNDER = {
  qc: { fr: "au Québec", en: "of Québec" },
  fr: { fr: "à la France", en: "of France" },
} as const;

/**
 * Everything an application still lacks before it can be submitted, all at once (applicants
 * fix a list, not one refusal after another). Amounts are compared in integer cents, the rate
 * in hundredths of a percent, so that no rounding lets a request through.
 */
export function missingElements(
  call: CallForApplication,
  application: { title: string; summary_fr: string; summary_en: string },
  content: ApplicationContent,
): Texts[] {
  const missing: Texts[] = [];
  if (!application.title.trim()) {
    missing.push({ fr: "Le titre du projet.", en: "The project title." });
  }
  if (!application.summary_fr.trim() && !application.summary_en.trim()) {
    missing.push({
      fr: "Un résumé, en français ou en anglais.",
      en: "A summary, in French or in English.",
    });
  }
  for (const party of ["qc", "fr"] as const) {
    const count = content.partners.filter((p) => p.party === party).length;
    if (count < call.min_partners_per_party) {
      const n = call.min_partners_per_party;
      missing.push({
        fr: `Au moins ${n} partenaire${n > 1 ? "s" : ""} ${PARTY_NAME[party].fr} (${count} indiqué${count > 1 ? "s" : ""}).`,
        en: `At least ${n} partner${n > 1 ? "s" : ""} ${PARTY_NAME[party].en} (${count} given).`,
      });
    }
  }
  const leads = content.partners.filter((p) => p.role === "lead").length;
  if (leads === 0) {
    missing.push({
      fr: "Un partenaire chef de file (rôle « chef de file »).",
      en: "A lead partner (role “lead”).",
    });
  } else if (leads > 1) {
    missing.push({
      fr: `Un seul chef de file (${leads} indiqués).`,
      en: `A single lead partner (${leads} given).`,
    });
  }
  const attached = new Set(content.attachments.map((a) => a.call_document_id));
  for (const doc of call.documents) {
    if (doc.required && !attached.has(doc.id)) {
      missing.push({
        fr: `La pièce jointe « ${doc.label_fr} » (PDF).`,
        en: `The attachment “${doc.label_en}” (PDF).`,
      });
    }
  }
  const partyOf = new Map(content.partners.map((p) => [p.id, p]));
  for (const line of content.budget) {
    const partner = partyOf.get(line.partner_id);
    if (partner && partner.party !== "other" && line.currency !== CURRENCY_OF[partner.party]) {
      const currency = CURRENCY_OF[partner.party];
      missing.push({
        fr: `Le budget ${line.year} de « ${partner.name} » en ${currency} (et non en ${line.currency}).`,
        en: `The ${line.year} budget of “${partner.name}” in ${currency} (not ${line.currency}).`,
      });
    }
  }
  const rateHundredths = BigInt(Math.round(Number(call.cofinancing_rate_pct) * 100));
  for (const party of ["qc", "fr"] as const) {
    const currency = CURRENCY_OF[party];
    const asked = content.funding.find((f) => f.party === party)?.amount_cents ?? 0;
    if (asked <= 0) {
      missing.push({
        fr: `Le montant demandé ${PARTY_FUNDER[party].fr} (${currency}).`,
        en: `The amount requested ${PARTY_FUNDER[party].en} (${currency}).`,
      });
      continue;
    }
    const max = party === "qc" ? call.max_funding_qc_cents : call.max_funding_fr_cents;
    if (asked > max) {
      missing.push({
        fr: `Un montant demandé ${PARTY_FUNDER[party].fr} d’au plus ${formatMoney("fr", max, currency)} (demandé : ${formatMoney("fr", asked, currency)}).`,
        en: `An amount requested ${PARTY_FUNDER[party].en} of at most ${formatMoney("en", max, currency)} (requested: ${formatMoney("en", asked, currency)}).`,
      });
    }
    const sideIds = new Set(content.partners.filter((p) => p.party === party).map((p) => p.id));
    const sideBudget = content.budget
      .filter((l) => sideIds.has(l.partner_id) && l.currency === currency)
      .reduce((sum, l) => sum + BigInt(l.amount_cents), 0n);
    if (BigInt(asked) * 10_000n > rateHundredths * sideBudget) {
      const ceiling = Number((rateHundredths * sideBudget) / 10_000n);
      const rate = Number(call.cofinancing_rate_pct);
      missing.push({
        fr: `Un montant demandé ${PARTY_FUNDER[party].fr} d’au plus ${rate}\u202f% du budget de ses partenaires, soit ${formatMoney("fr", ceiling, currency)} (demandé : ${formatMoney("fr", asked, currency)}).`,
        en: `An amount requested ${PARTY_FUNDER[party].en} of at most ${rate}% of its partners’ budget, that is ${formatMoney("en", ceiling, currency)} (requested: ${formatMoney("en", asked, currency)}).`,
      });
    }
  }
  return missing;
}
