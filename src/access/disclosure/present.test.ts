import { describe, expect, it } from "vitest";
import { presentPublicTitle, presentPublished, presentPublishedDecision } from "./present.ts";
import type { PublishedRow } from "./queries.ts";

const ROW: PublishedRow = {
  id: "00000000-0000-4000-8000-000000000001",
  reference: "AI-2024-0001",
  jurisdiction: "qc",
  received_on: "2024-06-14",
  decided_on: "2024-07-10",
  sent_on: "2024-07-11",
  published_on: "2024-08-01",
  subject: "Métaux critiques",
  outcome: "partial",
  public_summary: "Résumé",
  public_title_fr: "Titre",
  public_title_en: null,
};

describe("presentPublished", () => {
  it("maps every column, the title in the reader's language", () => {
    expect(presentPublished(ROW, "en")).toEqual({
      id: ROW.id,
      reference: "AI-2024-0001",
      jurisdiction: "qc",
      receivedOn: "2024-06-14",
      decidedOn: "2024-07-10",
      sentOn: "2024-07-11",
      publishedOn: "2024-08-01",
      subject: "Métaux critiques",
      outcome: "partial",
      publicSummary: "Résumé",
      title: "Titre",
    });
  });

  it("lists the documents decided on", () => {
    const doc = {
      id: "d1",
      title: "Note",
      decision: "refused" as const,
      articles: ["53"],
      pages: 2,
    };
    const v = presentPublishedDecision({ ...ROW, documents: [doc] }, "fr");
    expect(v.documents).toEqual([doc]);
    expect(v.reference).toBe("AI-2024-0001");
  });
});

describe("presentPublicTitle", () => {
  it("gives the title shown and each one on file", () => {
    expect(presentPublicTitle(ROW, "en")).toEqual({ shown: "Titre", fr: "Titre", en: null });
  });
});
