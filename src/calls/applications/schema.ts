import { z } from "zod";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import { formText } from "../../platform/web/form-action.ts";
import { parseCents } from "../shared/money.ts";

export const APPLICATION_STATUSES = [
  "draft",
  "submitted",
  "withdrawn",
  "correction_requested",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The statuses in which the consortium may still change its application. */
export const EDITABLE: readonly ApplicationStatus[] = ["draft", "correction_requested"];

export const PARTNER_PARTIES = ["qc", "fr", "other"] as const;
export type PartnerParty = (typeof PARTNER_PARTIES)[number];
export const PARTNER_ROLES = ["lead", "partner"] as const;
export const PARTNER_KINDS = [
  "university",
  "research_centre",
  "company",
  "geological_survey",
  "ministry",
  "agency",
  "fund",
  "other",
] as const;
export const CURRENCIES = ["CAD", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Blank rows the editor offers after the filled ones (no script: a row per possible entry). */
export const BLANK_PARTNER_ROWS = 2;
export const BLANK_BUDGET_ROWS = 3;
const MAX_ROWS = 60;

export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;

export const newApplicationForm = z.object({
  title: formText().pipe(z.string().trim().min(1).max(300)),
  language: formText().pipe(z.enum(["fr", "en"])),
});

const draftFields = z.object({
  title: formText().pipe(z.string().trim().max(300)),
  language: formText().pipe(z.enum(["fr", "en"])),
  summaryFr: formText().pipe(z.string().trim().max(10_000)),
  summaryEn: formText().pipe(z.string().trim().max(10_000)),
});

export type PartnerInput = {
  name: string;
  party: PartnerParty;
  kind: (typeof PARTNER_KINDS)[number];
  role: (typeof PARTNER_ROLES)[number];
};
export type BudgetInput = {
  /** The partner's row in the same form. */
  partner: number;
  year: number;
  amountCents: number;
  currency: Currency;
  description: string;
};
export type DraftInput = z.output<typeof draftFields> & {
  partners: PartnerInput[];
  budget: BudgetInput[];
  funding: { qc: number | null; fr: number | null };
  /** Only the owner manages the consortium; absent when the form had no such field. */
  memberEmails: string[] | undefined;
  files: { callDocumentId: string; file: File }[];
};

/** An amount field: cents, null when empty, "invalid" when not an amount. */
function parseAmount(text: string): number | null | "invalid" {
  if (text.trim() === "") return null;
  return parseCents(text) ?? "invalid";
}

const AMOUNT_ERROR = {
  fr: "Montant attendu en dollars ou en euros, p. ex. « 12 500,00 ».",
  en: "Expected an amount, e.g. “12,500.00”.",
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (body: Record<string, unknown>, name: string) => {
  const v = body[name];
  return typeof v === "string" ? v.trim() : "";
};

/**
 * Reads the draft editor's form. Partial data is allowed (empty rows are skipped, nothing is
 * required); what is there must be well formed, or the whole save is refused with one message
 * per field. A budget line in a currency other than CAD or EUR is refused as such.
 */
export function parseDraftForm(
  body: Record<string, unknown>,
  documentIds: readonly string[],
): DraftInput {
  const errors: FieldErrors = {};
  const head = draftFields.safeParse(body);
  if (!head.success) {
    for (const issue of head.error.issues) {
      errors[String(issue.path[0])] = { fr: "Valeur invalide.", en: "Invalid value." };
    }
  }
  const partners: PartnerInput[] = [];
  const partnerRow = new Map<number, number>();
  for (let i = 0; i < MAX_ROWS && `partner_${i}_name` in body; i++) {
    const name = text(body, `partner_${i}_name`);
    if (!name) continue;
    const party = text(body, `partner_${i}_party`);
    const kind = text(body, `partner_${i}_kind`);
    const role = text(body, `partner_${i}_role`);
    if (name.length > 300) {
      errors[`partner_${i}_name`] = {
        fr: "300 caractères au plus.",
        en: "300 characters at most.",
      };
    }
    if (!(PARTNER_PARTIES as readonly string[]).includes(party)) {
      errors[`partner_${i}_party`] = { fr: "Partie inconnue.", en: "Unknown party." };
    }
    if (!(PARTNER_KINDS as readonly string[]).includes(kind)) {
      errors[`partner_${i}_kind`] = { fr: "Type inconnu.", en: "Unknown kind." };
    }
    if (!(PARTNER_ROLES as readonly string[]).includes(role)) {
      errors[`partner_${i}_role`] = { fr: "Rôle inconnu.", en: "Unknown role." };
    }
    partnerRow.set(i, partners.length);
    partners.push({ name, party, kind, role } as PartnerInput);
  }

  const budget: BudgetInput[] = [];
  let unknownCurrency = false;
  for (let i = 0; i < MAX_ROWS && `budget_${i}_amount` in body; i++) {
    const amountText = text(body, `budget_${i}_amount`);
    const yearText = text(body, `budget_${i}_year`);
    if (!amountText && !yearText) continue;
    const amount = parseAmount(amountText);
    if (amount === null || amount === "invalid") errors[`budget_${i}_amount`] = AMOUNT_ERROR;
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) {
      errors[`budget_${i}_year`] = {
        fr: "Année attendue, p. ex. 2027.",
        en: "Expected a year, e.g. 2027.",
      };
    }
    const currency = text(body, `budget_${i}_currency`).toUpperCase();
    if (!(CURRENCIES as readonly string[]).includes(currency)) {
      unknownCurrency = true;
      errors[`budget_${i}_currency`] = {
        fr: `Devise inconnue « ${currency} » : CAD (Québec) ou EUR (France).`,
        en: `Unknown currency “${currency}”: CAD (Québec) or EUR (France).`,
      };
    }
    const partner = partnerRow.get(Number(text(body, `budget_${i}_partner`)));
    if (partner === undefined) {
      errors[`budget_${i}_partner`] = {
        fr: "Choisissez un partenaire enregistré.",
        en: "Choose a saved partner.",
      };
    }
    const description = text(body, `budget_${i}_description`);
    if (description.length > 500) {
      errors[`budget_${i}_description`] = {
        fr: "500 caractères au plus.",
        en: "500 characters at most.",
      };
    }
    budget.push({
      partner: partner ?? -1,
      year,
      amountCents: typeof amount === "number" ? amount : 0,
      currency: currency as Currency,
      description,
    });
  }

  const funding = { qc: null as number | null, fr: null as number | null };
  for (const party of ["qc", "fr"] as const) {
    const amount = parseAmount(text(body, `funding_${party}`));
    if (amount === "invalid") errors[`funding_${party}`] = AMOUNT_ERROR;
    else funding[party] = amount;
  }

  let memberEmails: string[] | undefined;
  if ("members" in body) {
    memberEmails = [
      ...new Set(
        text(body, "members")
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((e) => e.toLowerCase()),
      ),
    ];
    const bad = memberEmails.filter((e) => !EMAIL.test(e) || e.length > 320);
    if (bad.length > 0 || memberEmails.length > 20) {
      errors.members = {
        fr: `Adresses courriel invalides : ${bad.join(", ") || "plus de 20 adresses"}.`,
        en: `Invalid e-mail addresses: ${bad.join(", ") || "more than 20 addresses"}.`,
      };
    }
  }

  const files = documentIds.flatMap((id) => {
    const file = body[`document_${id}`];
    return file instanceof File && file.size > 0 ? [{ callDocumentId: id, file }] : [];
  });

  if (unknownCurrency) throw fail("application_budget_currency", {}, errors);
  if (Object.keys(errors).length > 0 || !head.success) throw fail("validation_failed", {}, errors);
  return { ...head.data, partners, budget, funding, memberEmails, files };
}
