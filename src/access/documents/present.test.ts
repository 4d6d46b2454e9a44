import { describe, expect, it } from "vitest";
import { presentDecisionDocument, presentDocument } from "./present.ts";
import type { DocumentRow } from "./queries.ts";

const AREA = { page: 1, x: 10, y: 20, width: 30, height: 40, label: "art. 53" };
const ROW: DocumentRow = {
  id: "00000000-0000-4000-8000-000000000003",
  position: 2,
  title: "Note",
  file_name: "note.pdf",
  sha256: "abc",
  pages: 3,
  decision: "partial",
  articles: ["53", "54"],
  redactions: [AREA],
  redacted: true,
};

describe("presentDocument", () => {
  it("maps every column to its camelCase field", () => {
    expect(presentDocument(ROW)).toEqual({
      id: ROW.id,
      position: 2,
      title: "Note",
      fileName: "note.pdf",
      sha256: "abc",
      pages: 3,
      decision: "partial",
      articles: ["53", "54"],
      redactions: [AREA],
      redacted: true,
    });
  });

  it("leaves the content out of the decision page's document", () => {
    const doc = { ...ROW, content: new Uint8Array([1, 2]) };
    expect(presentDecisionDocument(doc)).toEqual({
      id: ROW.id,
      title: "Note",
      pages: 3,
      decision: "partial",
      articles: ["53", "54"],
      redactions: [AREA],
      redacted: true,
    });
  });
});
