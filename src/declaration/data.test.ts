import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDate } from "../platform/i18n/format.ts";
import { readDeclarationFile } from "./data.ts";

// The seed document as released (PDF text extraction), bundled so a fresh clone can check it.
const SOURCE_FILE = fileURLToPath(
  new URL("../../data/seed/declaration-202311-76.txt", import.meta.url),
);
const source = fs.readFileSync(SOURCE_FILE, "utf8");
const data = readDeclarationFile();

// The extraction breaks lines anywhere; the data uses no-break spaces before « ; : » and inside
// guillemets. Neither changes the words, so both sides are compared with whitespace collapsed.
const normalise = (s: string) => s.replace(/\s+/g, " ").trim();
const normalisedSource = normalise(source);
const declarationPart = normalisedSource.slice(normalisedSource.indexOf("DÉCLARATION D’INTENTION"));

describe("declaration.json against the seed document", () => {
  it("has the four priorities and thirteen lines of action that the document lists", () => {
    expect(data.priorities.map((p) => p.code)).toEqual(["1", "2", "3", "4"]);
    expect(data.priorities.map((p) => p.lines.length)).toEqual([4, 2, 3, 4]);
    // Each line of action is one « o » bullet in the extracted text.
    const bullets = source.split("\n").filter((line) => /^o\s/.test(line));
    expect(bullets).toHaveLength(data.priorities.flatMap((p) => p.lines).length);
    for (const p of data.priorities) {
      expect(p.lines.map((l) => l.code)).toEqual(p.lines.map((_, i) => `${p.code}.${i + 1}`));
    }
  });

  it("quotes the French of the preamble, commitment, priorities and lines verbatim, in order", () => {
    const passages = [
      ...data.preamble.fr,
      data.commitment.fr,
      ...data.priorities.flatMap((p) => [p.title.fr, ...p.lines.map((l) => l.text.fr)]),
    ];
    let from = 0;
    for (const passage of passages) {
      const at = declarationPart.indexOf(normalise(passage), from);
      expect(at, passage).toBeGreaterThanOrEqual(from);
      from = at + normalise(passage).length;
    }
  });

  it("quotes the title, written in capitals in the document, in sentence case", () => {
    const lower = (s: string) => normalise(s).toLocaleLowerCase("fr");
    expect(lower(declarationPart)).toContain(lower(data.title.fr));
  });

  it("takes place, date, copies, signatories and institutions from the document", () => {
    const date = formatDate("fr", data.signedOn);
    expect(declarationPart).toContain(normalise(`Fait à ${data.place}, le ${date}, en deux`));
    expect(data.copies).toBe(2);
    for (const s of data.signatories) {
      expect(declarationPart).toContain(s.name);
      expect(declarationPart).toContain(normalise(s.title.fr));
    }
    for (const i of data.institutions) {
      expect(declarationPart).toContain(normalise((i.attachedTo ?? i.name).fr));
    }
  });

  it("cites the access request and decision the document was released under", () => {
    expect(normalisedSource).toContain(`N/Réf. : ${data.source.accessRequest}`);
    expect(normalisedSource).toContain(
      `Le ${normalise(formatDate("fr", data.source.decisionDate))}`,
    );
  });

  it("marks the English as an unofficial translation and translates every passage", () => {
    expect(data.translation.en.official).toBe(false);
    expect(data.preamble.en).toHaveLength(data.preamble.fr.length);
    for (const l of data.priorities.flatMap((p) => p.lines)) expect(l.text.en).not.toBe(l.text.fr);
  });

  it("writes French typography: no-break spaces before ; and :, inside guillemets", () => {
    const french = JSON.stringify(data, (key, value) => (key === "en" ? undefined : value));
    expect(french).not.toMatch(/ [;:]/);
    expect(french).not.toMatch(/« | »/);
  });
});
