import { describe, expect, it } from "vitest";
import { REQUEST_ROW } from "../requests/test-fixtures.ts";
import { presentRequestFile } from "./present.ts";

const AT = new Date("2024-06-14T15:00:00Z");
const FILE = {
  history: [
    {
      from_status: null,
      to_status: "received" as const,
      on_date: "2024-06-14",
      note: "Reçue",
      by_name: "Agente Une",
      at: AT,
    },
  ],
  searches: [{ unit: "DGA", searched_on: "2024-06-17", result: "2 notes", by_name: null }],
  documents: [],
  letters: [{ id: "l1", kind: "acknowledgement", lang: "fr", sent_on: "2024-06-15", at: AT }],
  thirdParties: [
    {
      id: "t1",
      third_party: "Société X",
      sent_on: "2024-06-18",
      answer_due_on: "2024-07-02",
      answer: null,
      answered_on: null,
    },
  ],
};
const REQUESTER = { name: "Jeanne", email: null, postal_address: "1 rue A", phone: null };

describe("presentRequestFile", () => {
  it("maps every entry of the file to camelCase", () => {
    const v = presentRequestFile(REQUEST_ROW, FILE, { lang: "en" });
    expect(v.request.reference).toBe("AI-2024-0001");
    expect(v.file).toEqual({
      history: [
        {
          fromStatus: null,
          toStatus: "received",
          onDate: "2024-06-14",
          note: "Reçue",
          byName: "Agente Une",
          at: AT,
        },
      ],
      searches: [{ unit: "DGA", searchedOn: "2024-06-17", result: "2 notes", byName: null }],
      documents: [],
      letters: [{ id: "l1", kind: "acknowledgement", lang: "fr", sentOn: "2024-06-15", at: AT }],
      thirdParties: [
        {
          id: "t1",
          thirdParty: "Société X",
          sentOn: "2024-06-18",
          answerDueOn: "2024-07-02",
          answer: null,
          answeredOn: null,
        },
      ],
    });
    expect(v.publicTitle).toEqual({ shown: "Title", fr: "Titre", en: "Title" });
    expect(v.publishBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("shows the requester only when asked for", () => {
    expect(presentRequestFile(REQUEST_ROW, FILE, { lang: "fr" }).requester).toBeNull();
    expect(presentRequestFile(REQUEST_ROW, FILE, { lang: "fr", requester: null }).requester).toBe(
      null,
    );
    expect(
      presentRequestFile(REQUEST_ROW, FILE, { lang: "fr", requester: REQUESTER }).requester,
    ).toEqual({ name: "Jeanne", email: null, postalAddress: "1 rue A", phone: null });
  });

  it("has no publication deadline before the decision is sent", () => {
    const v = presentRequestFile({ ...REQUEST_ROW, sent_on: null }, FILE, { lang: "fr" });
    expect(v.publishBy).toBeNull();
  });
});
