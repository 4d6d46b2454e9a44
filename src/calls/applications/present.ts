import type { Lang } from "../../platform/i18n/i18n.ts";
import { localise } from "../../platform/i18n/i18n.ts";
import { centsToDecimal, formatMoney, PARTY_CURRENCY } from "../shared/money.ts";
import { formatBothZones } from "../shared/time-zones.ts";
import { STATUS_LABELS, applicationText as t } from "./messages.ts";
import type { ApplicationContent, ApplicationRow, CallForApplication } from "./queries.ts";
import {
  type ApplicationStatus,
  BLANK_BUDGET_ROWS,
  BLANK_PARTNER_ROWS,
  type Currency,
  EDITABLE,
} from "./schema.ts";

/** What the viewer may do with an application (from the policy, decided by the route). */
export type ApplicationRights = { edit: boolean; withdraw: boolean };

export type ApplicationView = {
  id: string;
  /** The address of its page: the receipt number once given, else the id. */
  key: string;
  reference: string | null;
  title: string;
  status: ApplicationStatus;
  statusLabel: string;
  callCode: string;
  callTitle: string;
  owner: string;
  memberEmails: string[];
  updated: string;
  submitted: string | null;
  withdrawn: string | null;
  editable: boolean;
  rights: ApplicationRights;
};

export function presentApplication(
  row: ApplicationRow,
  lang: Lang,
  rights: ApplicationRights = { edit: false, withdraw: false },
): ApplicationView {
  return {
    id: row.id,
    key: row.reference ?? row.id,
    reference: row.reference,
    title: row.title || t(lang, "untitled"),
    status: row.status,
    statusLabel: localise(STATUS_LABELS[row.status], lang),
    callCode: row.call_code,
    callTitle: lang === "fr" ? row.call_title_fr : row.call_title_en,
    owner: row.owner_name,
    memberEmails: row.member_emails,
    updated: formatBothZones(lang, row.updated_at),
    submitted: row.submitted_at ? formatBothZones(lang, row.submitted_at) : null,
    withdrawn: row.withdrawn_at ? formatBothZones(lang, row.withdrawn_at) : null,
    editable: EDITABLE.includes(row.status),
    rights,
  };
}

export type DocumentView = {
  id: string;
  label: string;
  required: boolean;
  attached: { fileName: string; sizeKb: number; sha256: string } | null;
};

/** The call's rules as the editor reminds them. */
export type CallRulesView = {
  code: string;
  title: string;
  closes: string;
  opens: string;
  minPartners: number;
  maxQc: string;
  maxFr: string;
  rate: string;
};

export type EditorView = {
  /** The saved draft as the form's values (field name → text). */
  values: Record<string, string>;
  partnerRows: number;
  budgetRows: number;
  /** The saved partners a budget line may name: row index → name. */
  partnerOptions: { value: string; label: string }[];
  documents: DocumentView[];
  totals: { party: "qc" | "fr"; amount: string }[];
  /** The funding asked of each party, formatted; "—" when none. */
  funding: { party: "qc" | "fr"; amount: string }[];
};

export function presentCallRules(call: CallForApplication, lang: Lang): CallRulesView {
  const rate = Number(call.cofinancing_rate_pct);
  return {
    code: call.code,
    title: lang === "fr" ? call.title_fr : call.title_en,
    closes: formatBothZones(lang, call.closes_at),
    opens: formatBothZones(lang, call.opens_at),
    minPartners: call.min_partners_per_party,
    maxQc: formatMoney(lang, call.max_funding_qc_cents, "CAD"),
    maxFr: formatMoney(lang, call.max_funding_fr_cents, "EUR"),
    rate: lang === "fr" ? String(rate).replace(".", ",") : String(rate),
  };
}

/** "12500.00" / « 12500,00 »: an amount as its field shows it. */
const amountField = (lang: Lang, cents: number) => {
  const text = `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
  return lang === "fr" ? text.replace(".", ",") : text;
};

export function presentEditor(
  row: ApplicationRow,
  call: CallForApplication,
  content: ApplicationContent,
  lang: Lang,
): EditorView {
  const values: Record<string, string> = {
    title: row.title,
    language: row.language,
    summaryFr: row.summary_fr,
    summaryEn: row.summary_en,
    members: row.member_emails.join("\n"),
  };
  const rowOf = new Map(content.partners.map((p, i) => [p.id, i]));
  content.partners.forEach((p, i) => {
    values[`partner_${i}_name`] = p.name;
    values[`partner_${i}_party`] = p.party;
    values[`partner_${i}_kind`] = p.kind;
    values[`partner_${i}_role`] = p.role;
  });
  content.budget.forEach((b, i) => {
    values[`budget_${i}_partner`] = String(rowOf.get(b.partner_id) ?? "");
    values[`budget_${i}_year`] = String(b.year);
    values[`budget_${i}_amount`] = amountField(lang, b.amount_cents);
    values[`budget_${i}_currency`] = b.currency;
    values[`budget_${i}_description`] = b.description;
  });
  for (const f of content.funding) values[`funding_${f.party}`] = amountField(lang, f.amount_cents);
  const attached = new Map(content.attachments.map((a) => [a.call_document_id, a]));
  return {
    values,
    partnerRows: content.partners.length + BLANK_PARTNER_ROWS,
    budgetRows: content.budget.length + BLANK_BUDGET_ROWS,
    partnerOptions: content.partners.map((p, i) => ({ value: String(i), label: p.name })),
    documents: call.documents.map((d) => {
      const a = attached.get(d.id);
      return {
        id: d.id,
        label: lang === "fr" ? d.label_fr : d.label_en,
        required: d.required,
        attached: a
          ? { fileName: a.file_name, sizeKb: Math.ceil(a.size_bytes / 1024), sha256: a.sha256 }
          : null,
      };
    }),
    funding: (["qc", "fr"] as const).map((party) => {
      const asked = content.funding.find((f) => f.party === party);
      return {
        party,
        amount: asked ? formatMoney(lang, asked.amount_cents, PARTY_CURRENCY[party]) : "—",
      };
    }),
    totals: (["qc", "fr"] as const).map((party) => {
      const ids = new Set(content.partners.filter((p) => p.party === party).map((p) => p.id));
      const currency: Currency = PARTY_CURRENCY[party];
      const cents = content.budget
        .filter((b) => ids.has(b.partner_id) && b.currency === currency)
        .reduce((sum, b) => sum + b.amount_cents, 0);
      return { party, amount: formatMoney(lang, cents, currency) };
    }),
  };
}

/** The API's view of an application: every field listed, amounts as exact decimals. */
export function presentApplicationApi(
  row: ApplicationRow,
  content: ApplicationContent | null,
  latest: { number: number; sha256: string } | undefined,
) {
  return {
    id: row.id,
    reference: row.reference,
    call: row.call_code,
    status: row.status,
    language: row.language,
    title: row.title,
    summaryFr: row.summary_fr,
    summaryEn: row.summary_en,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    version: latest ? { number: latest.number, sha256: latest.sha256 } : null,
    ...(content
      ? {
          partners: content.partners.map((p) => ({
            position: p.position,
            name: p.name,
            party: p.party,
            kind: p.kind,
            role: p.role,
          })),
          budget: content.budget.map((b) => ({
            partner: content.partners.find((p) => p.id === b.partner_id)?.position ?? 0,
            year: b.year,
            amount: centsToDecimal(b.amount_cents),
            currency: b.currency,
            description: b.description,
          })),
          funding: content.funding.map((f) => ({
            party: f.party,
            amount: centsToDecimal(f.amount_cents),
            currency: PARTY_CURRENCY[f.party],
          })),
          attachments: content.attachments.map((a) => ({
            document: a.call_document_id,
            fileName: a.file_name,
            sizeBytes: a.size_bytes,
            sha256: a.sha256,
          })),
        }
      : {}),
  };
}
