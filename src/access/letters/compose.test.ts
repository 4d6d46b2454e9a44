import { describe, expect, it } from "vitest";
import { composeLetter } from "./compose.ts";
import { plainText } from "./markup.ts";
import { SEED_DECISION } from "./sample.ts";

describe("composeLetter", () => {
  it("ends the decision like the seed letter: title, room to sign, name, « p. j. » list", () => {
    const blocks = composeLetter(SEED_DECISION);
    expect(blocks.slice(-5).map((b) => b.type)).toEqual([
      "paragraph",
      "space",
      "paragraph",
      "paragraph",
      "list",
    ]);
    const [title, , signature, enclosures, list] = blocks.slice(-5);
    expect(title?.type === "paragraph" && plainText(title.lines[0] ?? [])).toBe(
      "La responsable de l’accès à l’information,",
    );
    expect(signature?.type === "paragraph" && signature.lines.map(plainText)).toEqual([
      "Prénom Nom",
      "Bureau de l’accès à l’information",
    ]);
    expect(enclosures?.type === "paragraph" && plainText(enclosures.lines[0] ?? [])).toBe(
      "p. j. 2",
    );
    expect(list?.type === "list" && list.items.map(plainText)).toEqual(SEED_DECISION.attachments);
  });

  it("starts with the mode of sending, the date line and the recipient, as the seed does", () => {
    const lines = composeLetter(SEED_DECISION)
      .slice(0, 4)
      .map((b) => (b.type === "paragraph" ? b.lines.map(plainText).join(" / ") : b.type));
    expect(lines).toEqual([
      "PAR COURRIEL",
      "Québec, le 20\u00a0décembre\u00a02023",
      "Demandeur / demandeur@example.org",
      "N/Réf.\u00a0: 202311-76",
    ]);
  });
});
