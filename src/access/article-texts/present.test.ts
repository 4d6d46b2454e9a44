import { describe, expect, it } from "vitest";
import { presentArticleText } from "./present.ts";

describe("presentArticleText", () => {
  it("maps every column to its camelCase field", () => {
    expect(
      presentArticleText({
        jurisdiction: "fr",
        article: "art. L311-5",
        text_fr: "Texte",
        text_en: null,
        source: "CRPA",
      }),
    ).toEqual({
      jurisdiction: "fr",
      article: "art. L311-5",
      textFr: "Texte",
      textEn: null,
      source: "CRPA",
    });
  });
});
