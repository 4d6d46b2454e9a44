import { describe, expect, it } from "vitest";
import { parseMarkup } from "./markup.ts";

describe("parseMarkup", () => {
  it("reads paragraphs, kept line breaks, headings, lists, quotes and tables", () => {
    const blocks = parseMarkup(
      "# Titre\nLigne 1\nLigne **2**\n\n- un\n- deux\n> cité\n\n\n| A | B |\n| x \\| y | z |",
    );
    expect(blocks.map((b) => b.type)).toEqual([
      "heading",
      "paragraph",
      "list",
      "quote",
      "space",
      "table",
    ]);
    expect(blocks[1]).toEqual({
      type: "paragraph",
      lines: [
        [{ text: "Ligne 1", bold: false }],
        [
          { text: "Ligne ", bold: false },
          { text: "2", bold: true },
        ],
      ],
    });
    expect(blocks[5]).toEqual({
      type: "table",
      header: [[{ text: "A", bold: false }], [{ text: "B", bold: false }]],
      rows: [[[{ text: "x | y", bold: false }], [{ text: "z", bold: false }]]],
    });
  });

  it("treats an escaped marker as text", () => {
    expect(parseMarkup("\\- pas une liste")).toEqual([
      { type: "paragraph", lines: [[{ text: "- pas une liste", bold: false }]] },
    ]);
  });
});
