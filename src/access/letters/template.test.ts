import { describe, expect, it } from "vitest";
import { letterContext } from "./context.ts";
import { defaultTemplate } from "./defaults.ts";
import { SEED_DECISION } from "./sample.ts";
import { fillTemplate, parseTemplate, validateTemplate } from "./template.ts";
import { TEMPLATE_KEYS } from "./types.ts";

const fill = (source: string, data = SEED_DECISION) =>
  fillTemplate(parseTemplate(source).nodes, letterContext(data));

describe("validateTemplate", () => {
  it("accepts every template shipped with Alliage", () => {
    expect(TEMPLATE_KEYS).toHaveLength(14);
    for (const key of TEMPLATE_KEYS) {
      expect({ key, issues: validateTemplate(key.kind, defaultTemplate(key)) }).toEqual({
        key,
        issues: [],
      });
    }
  });

  it("lists every unknown placeholder with its line", () => {
    const issues = validateTemplate(
      "recourse",
      "Bonjour {{requester.nom}},\n\n{{reference}} {{dossier}}",
    );
    expect(issues).toEqual([
      { code: "unknown_placeholder", name: "requester.nom", line: 1 },
      { code: "unknown_placeholder", name: "dossier", line: 3 },
    ]);
  });

  it("allows item fields only inside their list", () => {
    expect(validateTemplate("recourse", "{{title}}")).toEqual([
      { code: "unknown_placeholder", name: "title", line: 1 },
    ]);
    expect(validateTemplate("recourse", "{{#each documents}}{{title}}{{/each}}")).toEqual([]);
    expect(validateTemplate("recourse", "{{#each attachments}}{{title}}{{/each}}")[0]?.code).toBe(
      "unknown_placeholder",
    );
  });

  it("rejects filters on what is not a date, unknown filters, lists and conditions", () => {
    const codes = validateTemplate(
      "recourse",
      "{{reference|date}} {{sentOn|upper}} {{#each pieces}}{{/each}} {{#if jamais}}{{/if}}",
    ).map((i) => i.code);
    expect(codes).toEqual([
      "filter_not_allowed",
      "unknown_filter",
      "unknown_list",
      "unknown_condition",
    ]);
  });

  it("rejects blocks left open, stray closing tags and broken braces", () => {
    expect(validateTemplate("recourse", "{{#if qc}}\nQuébec\n").map((i) => i.code)).toEqual([
      "unclosed_block",
    ]);
    expect(validateTemplate("recourse", "{{/each}}").map((i) => i.code)).toEqual([
      "unexpected_tag",
    ]);
    expect(validateTemplate("recourse", "Le {{sentOn|date}").map((i) => i.code)).toContain(
      "malformed_tag",
    );
  });

  it("keeps what the Act requires in each kind of letter", () => {
    const issues = validateTemplate("acknowledgement", "Nous avons reçu votre demande.");
    expect(issues.map((i) => [i.code, i.name])).toEqual([
      ["missing_required", "receivedOn"],
      ["missing_required", "due"],
    ]);
    expect(validateTemplate("decision", "{{reference}}").map((i) => i.name)).toEqual([
      "#each documents",
    ]);
  });
});

describe("fillTemplate", () => {
  it("writes dates in full in the letter's language, « 1er » for the first of the month", () => {
    const nbsp = (s: string) => s.replace(/\u00a0/g, " ");
    expect(nbsp(fill("{{receivedOn|date}} / {{sentOn|date}}"))).toBe(
      "30 novembre 2023 / 20 décembre 2023",
    );
    expect(nbsp(fill("{{receivedOn|date}}", { ...SEED_DECISION, receivedOn: "2024-01-01" }))).toBe(
      "1er janvier 2024",
    );
    expect(fill("{{sentOn|date}}", { ...SEED_DECISION, lang: "en" })).toBe("December 20, 2023");
  });

  it("repeats lists, follows conditions and drops block tags that stand alone on a line", () => {
    const source =
      "{{#if fr}}\nFrance\n{{else}}\nQuébec\n{{/if}}\n{{#each attachments}}\n- {{name}}\n{{/each}}\nFin";
    expect(fill(source)).toBe(
      "Québec\n- Déclaration d’intention du 22 novembre 2023\n- Note explicative sur l’exercice du recours\nFin",
    );
  });

  it("escapes values so that a title cannot turn into table cells or a list", () => {
    const data = {
      ...SEED_DECISION,
      subject: "a | b **c**",
      requester: { ...SEED_DECISION.requester, name: "- Tiret" },
    };
    expect(fill("{{subject}}\n{{requester.name}}", data)).toBe("a \\| b \\*\\*c\\*\\*\n\\- Tiret");
  });

  it("ignores notes", () => {
    expect(fill("{{! note pour les administrateurs }}\nTexte")).toBe("Texte");
  });
});
