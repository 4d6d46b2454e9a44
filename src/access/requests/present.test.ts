import { describe, expect, it } from "vitest";
import { presentReceipt, presentRequest, presentRequester } from "./present.ts";
import type { RequesterRow } from "./queries.ts";
import { REQUEST_ROW } from "./test-fixtures.ts";

describe("presentRequest", () => {
  it("maps every column to its camelCase field", () => {
    expect(presentRequest(REQUEST_ROW)).toEqual({
      id: REQUEST_ROW.id,
      reference: "AI-2024-0001",
      jurisdiction: "qc",
      channel: "web",
      receivedOn: "2024-06-14",
      subject: "Métaux critiques",
      documentsSought: "Notes de breffage",
      lang: "fr",
      status: "decided",
      outcome: "partial",
      dueOn: "2024-07-04",
      extendedOn: "2024-07-02",
      decidedOn: "2024-07-10",
      sentOn: "2024-07-11",
      officerId: REQUEST_ROW.officer_id,
      officerName: "Agente Une",
      publicSummary: "Résumé",
      publicTitleFr: "Titre",
      publicTitleEn: "Title",
      publishedOn: "2024-08-01",
    });
  });

  it("keeps the receipt to the reference and the deadline", () => {
    expect(presentReceipt(REQUEST_ROW)).toEqual({ reference: "AI-2024-0001", dueOn: "2024-07-04" });
  });

  it("maps the requester's identity", () => {
    const row: RequesterRow = {
      name: "Jeanne",
      email: "jeanne@example.org",
      postal_address: "1 rue A",
      phone: "555",
    };
    expect(presentRequester(row)).toEqual({
      name: "Jeanne",
      email: "jeanne@example.org",
      postalAddress: "1 rue A",
      phone: "555",
    });
  });
});
