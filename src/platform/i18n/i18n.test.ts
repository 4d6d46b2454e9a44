import { describe, expect, it } from "vitest";
import { frenchSpaces, localisedPath, messages, splitLangPath } from "./i18n.ts";

describe("messages", () => {
  const t = messages({
    hello: { fr: "Bonjour {name} : bienvenue !", en: "Hello {name}: welcome!" },
  });
  it("fills placeholders and applies French spacing to the template, not to the values", () => {
    expect(t("fr", "hello", { name: "A : B" })).toBe("Bonjour A : B\u00a0: bienvenue\u202f!");
    expect(t("en", "hello", { name: "Ann" })).toBe("Hello Ann: welcome!");
  });
  it("writes plurals through ICU message syntax, French counting 0 and 1 as singular", () => {
    const p = messages({
      items: {
        fr: "{n, plural, one {# projet rattaché} other {# projets rattachés}} à l’axe {code}",
        en: "{n, plural, one {# linked project} other {# linked projects}} on line {code}",
      },
    });
    expect(p("fr", "items", { n: 0, code: "2.2" })).toBe("0 projet rattaché à l’axe 2.2");
    expect(p("fr", "items", { n: 1234, code: "2.2" })).toBe(
      "1\u202f234 projets rattachés à l’axe 2.2",
    );
    expect(p("en", "items", { n: 1, code: "2.2" })).toBe("1 linked project on line 2.2");
    expect(p("en", "items", { n: 2, code: "2.2" })).toBe("2 linked projects on line 2.2");
  });
  it("leaves URLs alone", () => {
    expect(frenchSpaces("voir https://x.org/?lang=en")).toBe("voir https://x.org/?lang=en");
  });
});

describe("language paths", () => {
  it("puts English under /en and keeps French at the root", () => {
    expect(localisedPath("fr", "/declaration")).toBe("/declaration");
    expect(localisedPath("en", "/declaration")).toBe("/en/declaration");
    expect(localisedPath("en", "/")).toBe("/en");
  });
  it("splits a request path into its language and page", () => {
    expect(splitLangPath("/en/declaration")).toEqual({ lang: "en", path: "/declaration" });
    expect(splitLangPath("/en")).toEqual({ lang: "en", path: "/" });
    expect(splitLangPath("/english")).toEqual({ lang: "fr", path: "/english" });
    expect(splitLangPath("/")).toEqual({ lang: "fr", path: "/" });
  });
});
