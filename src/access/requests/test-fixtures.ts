import type { RequestRow } from "./queries.ts";

/** A decided, published request with every column set: what presenter tests map. */
export const REQUEST_ROW: RequestRow = {
  id: "00000000-0000-4000-8000-000000000001",
  reference: "AI-2024-0001",
  jurisdiction: "qc",
  channel: "web",
  received_on: "2024-06-14",
  subject: "Métaux critiques",
  documents_sought: "Notes de breffage",
  lang: "fr",
  status: "decided",
  outcome: "partial",
  due_on: "2024-07-04",
  extended_on: "2024-07-02",
  decided_on: "2024-07-10",
  sent_on: "2024-07-11",
  officer_id: "00000000-0000-4000-8000-000000000002",
  officer_name: "Agente Une",
  public_summary: "Résumé",
  public_title_fr: "Titre",
  public_title_en: "Title",
  published_on: "2024-08-01",
};
