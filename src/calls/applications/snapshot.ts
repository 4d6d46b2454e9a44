import type { ApplicationContent, ApplicationRow, CallForApplication } from "./queries.ts";

/** Everything a submission contains, as it is hashed and kept: attachments by their SHA-256. */
export type Snapshot = {
  reference: string;
  version: number;
  submittedAt: string;
  call: { code: string; titleFr: string; titleEn: string };
  application: {
    id: string;
    title: string;
    language: "fr" | "en";
    summaryFr: string;
    summaryEn: string;
    owner: string;
  };
  partners: { position: number; name: string; party: string; kind: string; role: string }[];
  budget: {
    partner: number;
    year: number;
    amountCents: number;
    currency: string;
    description: string;
  }[];
  funding: { party: string; amountCents: number }[];
  attachments: {
    document: string;
    labelFr: string;
    labelEn: string;
    fileName: string;
    sizeBytes: number;
    sha256: string;
  }[];
};

export function buildSnapshot(
  call: CallForApplication,
  application: ApplicationRow,
  content: ApplicationContent,
  version: { reference: string; number: number; submittedAt: Date },
): Snapshot {
  const position = new Map(content.partners.map((p) => [p.id, p.position]));
  const label = new Map(call.documents.map((d) => [d.id, d]));
  return {
    reference: version.reference,
    version: version.number,
    submittedAt: version.submittedAt.toISOString(),
    call: { code: call.code, titleFr: call.title_fr, titleEn: call.title_en },
    application: {
      id: application.id,
      title: application.title,
      language: application.language,
      summaryFr: application.summary_fr,
      summaryEn: application.summary_en,
      owner: application.owner_name,
    },
    partners: content.partners.map((p) => ({
      position: p.position,
      name: p.name,
      party: p.party,
      kind: p.kind,
      role: p.role,
    })),
    budget: content.budget.map((b) => ({
      partner: position.get(b.partner_id) ?? 0,
      year: b.year,
      amountCents: b.amount_cents,
      currency: b.currency,
      description: b.description,
    })),
    funding: content.funding.map((f) => ({ party: f.party, amountCents: f.amount_cents })),
    attachments: content.attachments.map((a) => ({
      document: a.call_document_id,
      labelFr: label.get(a.call_document_id)?.label_fr ?? "",
      labelEn: label.get(a.call_document_id)?.label_en ?? "",
      fileName: a.file_name,
      sizeBytes: a.size_bytes,
      sha256: a.sha256,
    })),
  };
}

/**
 * JSON with the keys of every object in sorted order and no spaces: the same content always
 * gives the same bytes, so anyone can recompute the SHA-256 printed on the proof.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
