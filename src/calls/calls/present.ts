import { type CallStatus, callStatus } from "../shared/call-status.ts";
import { centsToDecimal, formatDecimalText, PARTY_CURRENCY } from "../shared/money.ts";
import { instantToLocal } from "../shared/time-zones.ts";
import type { CallDetails, CallRow, PriorityLinesRow } from "./queries.ts";
import type { CriterionKind } from "./schema.ts";

type Bilingual = { fr: string; en: string };

/** A call in a list: enough to tell it from the others and see when it opens and closes. */
export type CallSummaryView = {
  code: string;
  title: Bilingual;
  status: CallStatus;
  opensAt: Date;
  closesAt: Date;
  timeZone: string;
  envelopeQcCents: number;
  envelopeFrCents: number;
};

export type CallDocumentView = { label: Bilingual; required: boolean };
export type CallCriterionView = {
  kind: CriterionKind;
  label: Bilingual;
  guidance: Bilingual;
  weight: string | null;
};

/** A call's page: its text, rules, envelopes, documents and grid; the reader's rights. */
export type CallView = CallSummaryView & {
  text: Bilingual;
  eligibleActivities: Bilingual;
  maxFundingQcCents: number;
  maxFundingFrCents: number;
  cofinancingRatePct: string;
  minPartnersPerParty: number;
  lines: { code: string; text: Bilingual }[];
  documents: CallDocumentView[];
  eligibility: CallCriterionView[];
  scored: CallCriterionView[];
  canEdit: boolean;
  canPublish: boolean;
  /** Open, and the reader may apply (or is not signed in yet: applying asks them to). */
  canApply: boolean;
};

export function presentCallSummary(row: CallRow, now: Date): CallSummaryView {
  return {
    code: row.code,
    title: { fr: row.title_fr, en: row.title_en },
    status: callStatus({ status: row.status, opensAt: row.opens_at, closesAt: row.closes_at }, now),
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    timeZone: row.time_zone,
    envelopeQcCents: row.envelope_qc_cents,
    envelopeFrCents: row.envelope_fr_cents,
  };
}

export function presentCall(
  row: CallRow,
  details: CallDetails,
  now: Date,
  rights: { canEdit: boolean; canPublish: boolean; canApply: boolean },
): CallView {
  const criteria = details.criteria.map((c) => ({
    kind: c.kind,
    label: { fr: c.label_fr, en: c.label_en },
    guidance: { fr: c.guidance_fr, en: c.guidance_en },
    weight: c.weight,
  }));
  return {
    ...presentCallSummary(row, now),
    text: { fr: row.text_fr, en: row.text_en },
    eligibleActivities: { fr: row.eligible_activities_fr, en: row.eligible_activities_en },
    maxFundingQcCents: row.max_funding_qc_cents,
    maxFundingFrCents: row.max_funding_fr_cents,
    cofinancingRatePct: row.cofinancing_rate_pct,
    minPartnersPerParty: row.min_partners_per_party,
    lines: details.lines.map((l) => ({ code: l.code, text: { fr: l.text_fr, en: l.text_en } })),
    documents: details.documents.map((d) => ({
      label: { fr: d.label_fr, en: d.label_en },
      required: d.required,
    })),
    eligibility: criteria.filter((c) => c.kind === "eligibility"),
    scored: criteria.filter((c) => c.kind === "scored"),
    canEdit: rights.canEdit,
    canPublish: rights.canPublish && row.status === "draft",
    canApply:
      rights.canApply &&
      callStatus({ status: row.status, opensAt: row.opens_at, closesAt: row.closes_at }, now) ===
        "open",
  };
}

/** The form's choices: the declaration's lines of action, by priority. */
export type LineChoicesView = {
  code: string;
  title: Bilingual;
  lines: { code: string; text: Bilingual }[];
}[];

export const presentLineChoices = (rows: PriorityLinesRow[]): LineChoicesView =>
  rows.map((p) => ({
    code: p.code,
    title: { fr: p.title_fr, en: p.title_en },
    lines: p.lines.map((l) => ({ code: l.code, text: { fr: l.text_fr, en: l.text_en } })),
  }));

const units = (cents: number) => centsToDecimal(cents).replace(/\.00$/, "");

/** What the edit form starts from: the stored call, dates in its own zone. */
export function callFormValues(row: CallRow, details: CallDetails): Record<string, string> {
  const values: Record<string, string> = {
    titleFr: row.title_fr,
    titleEn: row.title_en,
    textFr: row.text_fr,
    textEn: row.text_en,
    eligibleActivitiesFr: row.eligible_activities_fr,
    eligibleActivitiesEn: row.eligible_activities_en,
    timeZone: row.time_zone,
    opensAt: instantToLocal(row.opens_at, row.time_zone),
    closesAt: instantToLocal(row.closes_at, row.time_zone),
    envelopeQc: units(row.envelope_qc_cents),
    envelopeFr: units(row.envelope_fr_cents),
    maxFundingQc: units(row.max_funding_qc_cents),
    maxFundingFr: units(row.max_funding_fr_cents),
    cofinancingRatePct: formatDecimalText("en", row.cofinancing_rate_pct),
    minPartnersPerParty: String(row.min_partners_per_party),
    lines: details.lines.map((l) => l.code).join(","),
  };
  details.documents.forEach((d, i) => {
    values[`documents.${i}.labelFr`] = d.label_fr;
    values[`documents.${i}.labelEn`] = d.label_en;
    if (d.required) values[`documents.${i}.required`] = "on";
  });
  let e = 0;
  let s = 0;
  for (const c of details.criteria) {
    const key = c.kind === "eligibility" ? `eligibility.${e++}` : `scored.${s++}`;
    values[`${key}.labelFr`] = c.label_fr;
    values[`${key}.labelEn`] = c.label_en;
    if (c.kind === "scored") {
      values[`${key}.weight`] = formatDecimalText("en", c.weight ?? "");
      values[`${key}.guidanceFr`] = c.guidance_fr;
      values[`${key}.guidanceEn`] = c.guidance_en;
    }
  }
  return values;
}

/** A call in the API: amounts as exact decimals with their currency, instants in UTC. */
export function callApiSummary(row: CallRow, now: Date, url: string) {
  const s = presentCallSummary(row, now);
  return {
    code: s.code,
    titleFr: s.title.fr,
    titleEn: s.title.en,
    status: s.status,
    opensAt: s.opensAt.toISOString(),
    closesAt: s.closesAt.toISOString(),
    timeZone: s.timeZone,
    envelopes: {
      qc: { amount: centsToDecimal(s.envelopeQcCents), currency: PARTY_CURRENCY.qc },
      fr: { amount: centsToDecimal(s.envelopeFrCents), currency: PARTY_CURRENCY.fr },
    },
    url,
  };
}

export function callApi(row: CallRow, details: CallDetails, now: Date, url: string) {
  return {
    ...callApiSummary(row, now, url),
    textFr: row.text_fr,
    textEn: row.text_en,
    eligibleActivitiesFr: row.eligible_activities_fr,
    eligibleActivitiesEn: row.eligible_activities_en,
    maxFunding: {
      qc: { amount: centsToDecimal(row.max_funding_qc_cents), currency: PARTY_CURRENCY.qc },
      fr: { amount: centsToDecimal(row.max_funding_fr_cents), currency: PARTY_CURRENCY.fr },
    },
    cofinancingRatePct: row.cofinancing_rate_pct,
    minPartnersPerParty: row.min_partners_per_party,
    lines: details.lines.map((l) => l.code),
    documents: details.documents.map((d) => ({
      labelFr: d.label_fr,
      labelEn: d.label_en,
      required: d.required,
    })),
    criteria: details.criteria.map((c) => ({
      kind: c.kind,
      labelFr: c.label_fr,
      labelEn: c.label_en,
      guidanceFr: c.guidance_fr,
      guidanceEn: c.guidance_en,
      weight: c.weight,
    })),
  };
}
