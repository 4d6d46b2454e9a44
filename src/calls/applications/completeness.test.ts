import { describe, expect, it } from "vitest";
import { missingElements } from "./completeness.ts";
import type { ApplicationContent, CallForApplication } from "./queries.ts";

const CALL: CallForApplication = {
  id: "call",
  code: "AAP-2026-01",
  title_fr: "Appel",
  title_en: "Call",
  status: "published",
  opens_at: new Date("2026-01-01T00:00:00Z"),
  closes_at: new Date("2026-04-01T00:00:00Z"),
  time_zone: "America/Toronto",
  max_funding_qc_cents: 10_000_000,
  max_funding_fr_cents: 10_000_000,
  cofinancing_rate_pct: "50.00",
  min_partners_per_party: 1,
  documents: [
    { id: "doc-1", label_fr: "Description", label_en: "Description", required: true },
    { id: "doc-2", label_fr: "Appuis", label_en: "Support", required: false },
  ],
};
const TEXT = { title: "Projet", summary_fr: "Résumé", summary_en: "" };
const partner = (id: string, party: "qc" | "fr" | "other", role: "lead" | "partner") => ({
  id,
  position: 1,
  name: id,
  party,
  kind: "university",
  role,
  organisation_id: null,
});
const line = (partner_id: string, amount_cents: number, currency: "CAD" | "EUR") => ({
  id: `${partner_id}-${currency}`,
  partner_id,
  year: 2027,
  amount_cents,
  currency,
  description: "",
});
const COMPLETE: ApplicationContent = {
  partners: [partner("laval", "qc", "lead"), partner("brgm", "fr", "partner")],
  budget: [line("laval", 8_000_000, "CAD"), line("brgm", 8_000_000, "EUR")],
  funding: [
    { party: "qc", amount_cents: 4_000_000 },
    { party: "fr", amount_cents: 4_000_000 },
  ],
  attachments: [
    {
      id: "a",
      call_document_id: "doc-1",
      file_name: "d.pdf",
      content_type: "application/pdf",
      size_bytes: 10,
      sha256: "0".repeat(64),
      uploaded_at: new Date(),
    },
  ],
};
const en = (content: ApplicationContent, text = TEXT) =>
  missingElements(CALL, text, content).map((m) => m.en);

describe("missingElements", () => {
  it("finds nothing missing in a complete application", () => {
    expect(en(COMPLETE)).toEqual([]);
  });

  it("accepts funding of exactly the co-financing share, and refuses a cent more", () => {
    expect(
      en({
        ...COMPLETE,
        funding: [
          { party: "qc", amount_cents: 4_000_000 },
          { party: "fr", amount_cents: 4_000_001 },
        ],
      }),
    ).toEqual([
      "An amount requested of France of at most 50% of its partners’ budget, that is €40,000 (requested: €40,000.01).",
    ]);
  });

  it("lists every missing element of an empty application at once", () => {
    const empty = { partners: [], budget: [], funding: [], attachments: [] };
    expect(en(empty, { title: " ", summary_fr: "", summary_en: "" })).toEqual([
      "The project title.",
      "A summary, in French or in English.",
      "At least 1 partner from Québec (0 given).",
      "At least 1 partner from France (0 given).",
      "A lead partner (role “lead”).",
      "The attachment “Description” (PDF).",
      "The amount requested of Québec (CAD).",
      "The amount requested of France (EUR).",
    ]);
  });

  it("counts only a side's budget in its own currency, and names the wrong one", () => {
    const content = {
      ...COMPLETE,
      budget: [line("laval", 8_000_000, "EUR"), line("brgm", 8_000_000, "EUR")],
    };
    expect(en(content)).toEqual([
      "The 2027 budget of “laval” in CAD (not EUR).",
      "An amount requested of Québec of at most 50% of its partners’ budget, that is CA$0 (requested: CA$40,000).",
    ]);
  });

  it("refuses more than the call's maximum and two leads", () => {
    const content = {
      ...COMPLETE,
      partners: [partner("laval", "qc", "lead"), partner("brgm", "fr", "lead")],
      budget: [line("laval", 100_000_000, "CAD"), line("brgm", 8_000_000, "EUR")],
      funding: [
        { party: "qc" as const, amount_cents: 10_000_001 },
        { party: "fr" as const, amount_cents: 4_000_000 },
      ],
    };
    expect(en(content)).toEqual([
      "A single lead partner (2 given).",
      "An amount requested of Québec of at most CA$100,000 (requested: CA$100,000.01).",
    ]);
  });
});
