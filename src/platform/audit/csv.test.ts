import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv.ts";

describe("csvCell", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("user.create")).toBe("user.create");
    expect(csvCell("")).toBe("");
    expect(csvCell("Création d’un compte")).toBe("Création d’un compte");
  });

  it("quotes commas, quotes, line breaks and edge spaces, doubling the quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell(" marge")).toBe('" marge"');
  });

  it("defuses what a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-2")).toBe("'-2");
  });
});

describe("csvLine", () => {
  it("reads back, with an RFC 4180 reader, exactly the cells written", () => {
    const cells = ["a,b", 'x "y" z', "l1\nl2\r\nl3", "", "plain", '"', ",,"];
    const text = csvLine(cells) + csvLine(["second", "line"]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(readCsv(text)).toEqual([cells, ["second", "line"]]);
  });
});

/** A minimal RFC 4180 reader, independent of the writer, to check what the writer produced. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}
