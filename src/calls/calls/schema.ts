import { z } from "zod";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import { fieldErrorsFrom } from "../../platform/errors/zod-issues.ts";
import type { Texts } from "../../platform/i18n/i18n.ts";
import { parseCents, parseDecimalText } from "../shared/money.ts";
import { type CallTimeZone, isCallTimeZone, localToInstant } from "../shared/time-zones.ts";

export const CRITERION_KINDS = ["eligibility", "scored"] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export type DocumentInput = { labelFr: string; labelEn: string; required: boolean };
export type CriterionInput = {
  kind: CriterionKind;
  labelFr: string;
  labelEn: string;
  guidanceFr: string;
  guidanceEn: string;
  /** Scored criteria only: an exact decimal, "2" or "1.5". */
  weight: string | null;
};

/** A call as checked: instants, integer cents, exact decimals; references checked by the command. */
export type CallInput = {
  titleFr: string;
  titleEn: string;
  textFr: string;
  textEn: string;
  eligibleActivitiesFr: string;
  eligibleActivitiesEn: string;
  timeZone: CallTimeZone;
  opensAt: Date;
  closesAt: Date;
  envelopeQcCents: number;
  envelopeFrCents: number;
  maxFundingQcCents: number;
  maxFundingFrCents: number;
  cofinancingRatePct: string;
  minPartnersPerParty: number;
  lines: string[];
  documents: DocumentInput[];
  criteria: CriterionInput[];
};

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string().trim().max(max));
const typed = z.union([z.string(), z.number()]).transform(String);
const lines = z.preprocess(
  (v) => {
    const items = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[,;\s]+/) : [];
    return [...new Set(items.map((i) => String(i).trim()).filter(Boolean))];
  },
  z.array(z.string().max(10)).min(1).max(50),
);
const row = z.record(z.string(), z.unknown());

const scalars = z.object({
  titleFr: text(300),
  titleEn: text(300),
  textFr: optionalText(20000),
  textEn: optionalText(20000),
  eligibleActivitiesFr: optionalText(5000),
  eligibleActivitiesEn: optionalText(5000),
  timeZone: z.string(),
  opensAt: typed,
  closesAt: typed,
  envelopeQc: typed,
  envelopeFr: typed,
  maxFundingQc: typed,
  maxFundingFr: typed,
  cofinancingRatePct: typed,
  minPartnersPerParty: typed,
  lines,
  documents: z.array(row.optional()).max(30).default([]),
  eligibility: z.array(row.optional()).max(30).default([]),
  scored: z.array(row.optional()).max(30).default([]),
});

const REQUIRED: Texts = { fr: "Champ obligatoire.", en: "Required field." };
const LINES: Texts = {
  fr: "Choisissez au moins un axe d’action de la déclaration.",
  en: "Choose at least one line of action of the declaration.",
};
const DATE_TIME: Texts = {
  fr: "Date et heure attendues (AAAA-MM-JJ HH:MM), existant dans le fuseau choisi.",
  en: "A date and time is expected (YYYY-MM-DD HH:MM), existing in the chosen time zone.",
};
const AMOUNT: Texts = {
  fr: "Montant attendu, en unités, deux décimales au plus (p. ex. 250 000 ou 1 500,50).",
  en: "An amount is expected, in units, two decimals at most (e.g. 250,000 or 1,500.50).",
};
const POSITIVE_AMOUNT: Texts = {
  fr: "Le montant doit être supérieur à zéro.",
  en: "The amount must be greater than zero.",
};

/**
 * Checks a call as typed in the form or sent to the API (the same shape): every problem is
 * reported at once, per field ("scored.2.weight" for a row), in both languages, before anything
 * is written. Rows left entirely blank (absent from `documents`, `eligibility`, `scored`) are
 * skipped and keep the others' numbers.
 */
export function parseCallInput(raw: Record<string, unknown>): CallInput {
  const result = scalars.safeParse(raw);
  const fields: FieldErrors = result.success ? {} : fieldErrorsFrom(result.error.issues);
  if (fields.lines) fields.lines = LINES;
  const s = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  const str = (key: string) => {
    const v = raw[key];
    return typeof v === "string" || typeof v === "number" ? String(v) : "";
  };

  const zone = s("timeZone");
  if (!isCallTimeZone(zone)) {
    fields.timeZone = {
      fr: "Fuseau horaire attendu : America/Toronto ou Europe/Paris.",
      en: "Time zone expected: America/Toronto or Europe/Paris.",
    };
  }
  const instant = (key: "opensAt" | "closesAt") => {
    const value = str(key);
    if (!value.trim()) fields[key] ??= REQUIRED;
    else if (isCallTimeZone(zone)) {
      const at = localToInstant(value, zone);
      if (!at) fields[key] = DATE_TIME;
      return at;
    }
    return null;
  };
  const opensAt = instant("opensAt");
  const closesAt = instant("closesAt");
  if (opensAt && closesAt && closesAt <= opensAt) {
    fields.closesAt = {
      fr: "La clôture doit suivre l’ouverture.",
      en: "The closing must come after the opening.",
    };
  }

  const amount = (key: string, positive: boolean) => {
    const value = str(key);
    if (!value.trim()) {
      fields[key] = REQUIRED;
      return 0;
    }
    const cents = parseCents(value);
    if (cents === null) fields[key] = AMOUNT;
    else if (positive && cents === 0) fields[key] = POSITIVE_AMOUNT;
    return cents ?? 0;
  };
  const envelopeQcCents = amount("envelopeQc", false);
  const envelopeFrCents = amount("envelopeFr", false);
  const maxFundingQcCents = amount("maxFundingQc", true);
  const maxFundingFrCents = amount("maxFundingFr", true);
  for (const [max, envelope, key] of [
    [maxFundingQcCents, envelopeQcCents, "maxFundingQc"],
    [maxFundingFrCents, envelopeFrCents, "maxFundingFr"],
  ] as const) {
    if (!fields[key] && !fields[key.replace("maxFunding", "envelope")] && max > envelope) {
      fields[key] = {
        fr: "Le financement maximal par projet dépasse l’enveloppe de la partie.",
        en: "The maximum funding per project exceeds the party's envelope.",
      };
    }
  }

  const rate = parseDecimalText(str("cofinancingRatePct"), 2);
  if (rate === null || Number(rate) <= 0 || Number(rate) > 100) {
    fields.cofinancingRatePct = {
      fr: "Taux attendu : un pourcentage de plus de 0 à 100, deux décimales au plus.",
      en: "Rate expected: a percentage above 0 up to 100, two decimals at most.",
    };
  }
  const partners = str("minPartnersPerParty").trim();
  const minPartnersPerParty = Number(partners);
  if (!/^\d{1,2}$/.test(partners) || minPartnersPerParty < 1 || minPartnersPerParty > 20) {
    fields.minPartnersPerParty = {
      fr: "Nombre entier de 1 à 20 attendu.",
      en: "A whole number from 1 to 20 is expected.",
    };
  }

  const documents = rows(raw.documents, "documents", fields, (r, key) => ({
    labelFr: label(r, "labelFr", key, fields),
    labelEn: label(r, "labelEn", key, fields),
    required: r.required === undefined ? true : flag(r.required),
  }));
  const eligibility = rows(raw.eligibility, "eligibility", fields, (r, key) => ({
    kind: "eligibility" as const,
    labelFr: label(r, "labelFr", key, fields),
    labelEn: label(r, "labelEn", key, fields),
    guidanceFr: guidance(r, "guidanceFr", key, fields),
    guidanceEn: guidance(r, "guidanceEn", key, fields),
    weight: null,
  }));
  const scored = rows(raw.scored, "scored", fields, (r, key) => {
    const weight = parseDecimalText(cell(r, "weight"), 2);
    if (weight === null || Number(weight) <= 0 || Number(weight) > 9999) {
      fields[`${key}.weight`] = {
        fr: "Poids attendu : un nombre supérieur à zéro (p. ex. 2 ou 1,5).",
        en: "Weight expected: a number greater than zero (e.g. 2 or 1.5).",
      };
    }
    return {
      kind: "scored" as const,
      labelFr: label(r, "labelFr", key, fields),
      labelEn: label(r, "labelEn", key, fields),
      guidanceFr: guidance(r, "guidanceFr", key, fields),
      guidanceEn: guidance(r, "guidanceEn", key, fields),
      weight,
    };
  });

  if (!result.success || Object.keys(fields).length > 0) {
    throw fail("validation_failed", {}, fields);
  }
  const d = result.data;
  return {
    titleFr: d.titleFr,
    titleEn: d.titleEn,
    textFr: d.textFr,
    textEn: d.textEn,
    eligibleActivitiesFr: d.eligibleActivitiesFr,
    eligibleActivitiesEn: d.eligibleActivitiesEn,
    timeZone: zone as CallTimeZone,
    opensAt: opensAt as Date,
    closesAt: closesAt as Date,
    envelopeQcCents,
    envelopeFrCents,
    maxFundingQcCents,
    maxFundingFrCents,
    cofinancingRatePct: rate as string,
    minPartnersPerParty,
    lines: d.lines,
    documents,
    criteria: [...eligibility, ...scored],
  };
}

function rows<T>(
  value: unknown,
  name: string,
  fields: FieldErrors,
  read: (row: Record<string, unknown>, key: string) => T,
): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r, i) => {
    if (r === undefined || r === null) return [];
    if (typeof r !== "object") {
      fields[`${name}.${i}`] = { fr: "Objet attendu.", en: "An object is expected." };
      return [];
    }
    return [read(r as Record<string, unknown>, `${name}.${i}`)];
  });
}

const cell = (r: Record<string, unknown>, key: string) => {
  const v = r[key];
  return typeof v === "string" || typeof v === "number" ? String(v).trim() : "";
};

function label(r: Record<string, unknown>, key: string, row: string, fields: FieldErrors) {
  const value = cell(r, key);
  if (!value) fields[`${row}.${key}`] = REQUIRED;
  else if (value.length > 300) {
    fields[`${row}.${key}`] = { fr: "300 caractères au plus.", en: "300 characters at most." };
  }
  return value;
}

function guidance(r: Record<string, unknown>, key: string, row: string, fields: FieldErrors) {
  const value = cell(r, key);
  if (value.length > 3000) {
    fields[`${row}.${key}`] = { fr: "3 000 caractères au plus.", en: "3,000 characters at most." };
  }
  return value;
}

const flag = (v: unknown) => v === true || v === "on" || v === "true" || v === "1";

/**
 * The form's flat fields as the API's shape: rows gathered by number, a row left entirely blank
 * (or with only its "required" box) kept as a hole so the other rows keep their numbers.
 */
export function formToRaw(body: Record<string, unknown>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const groups: Record<string, (Record<string, string> | undefined)[]> = {};
  for (const [key, value] of Object.entries(body)) {
    const m = /^(documents|eligibility|scored)\.(\d{1,2})\.(\w+)$/.exec(key);
    if (!m) {
      raw[key] = value;
      continue;
    }
    const group = m[1] as string;
    const index = Number(m[2]);
    groups[group] ??= [];
    const list = groups[group];
    list[index] ??= {};
    (list[index] as Record<string, string>)[m[3] as string] =
      typeof value === "string" ? value : "";
  }
  for (const [group, list] of Object.entries(groups)) {
    raw[group] = Array.from(list, (r) =>
      r && Object.entries(r).some(([k, v]) => k !== "required" && v.trim() !== "")
        ? { ...r, required: r.required === "on" }
        : undefined,
    );
  }
  return raw;
}
