import { describe, expect, it } from "vitest";
import {
  inLang,
  presentFormChoices,
  presentMaterialChoices,
  presentPriorityCounts,
  presentProject,
  presentProjectDetails,
  presentProjectRef,
  projectSummary,
  projectTitle,
} from "./present.ts";
import type { ProjectRow } from "./queries.ts";

const row: ProjectRow = {
  id: "00000000-0000-0000-0000-000000000001",
  code: "QC-2026-001",
  title_fr: "Titre",
  title_en: "Title",
  summary_fr: "Résumé",
  summary_en: "Summary",
  kind: "survey",
  owner_party: "qc",
  status: "idea",
  confidential_to: "fr",
  published: true,
  latitude: "46.8139",
  longitude: "-71.2080",
  region: "Capitale-Nationale",
  country_id: "CA",
  start_on: "2026-01-05",
  end_on: "2027-12-31",
  created_at: new Date("2026-01-01T00:00:00Z"),
  updated_at: new Date("2026-01-02T00:00:00Z"),
};

describe("presentProject", () => {
  it("maps every shown column to its camelCase field", () => {
    expect(presentProject(row)).toEqual({
      code: "QC-2026-001",
      titleFr: "Titre",
      titleEn: "Title",
      summaryFr: "Résumé",
      summaryEn: "Summary",
      kind: "survey",
      ownerParty: "qc",
      status: "idea",
      confidentialTo: "fr",
      latitude: "46.8139",
      longitude: "-71.2080",
      region: "Capitale-Nationale",
      startOn: "2026-01-05",
      endOn: "2027-12-31",
    });
  });

  it("picks the title and summary in the page's language", () => {
    const p = presentProject(row);
    expect([projectTitle(p, "fr"), projectTitle(p, "en")]).toEqual(["Titre", "Title"]);
    expect([projectSummary(p, "fr"), projectSummary(p, "en")]).toEqual(["Résumé", "Summary"]);
  });
});

describe("presentProjectDetails", () => {
  it("maps every shown column of the page's lists to its camelCase field", () => {
    expect(
      presentProjectDetails({
        lines: [{ code: "1.2", text_fr: "Ligne", text_en: "Line" }],
        stages: [{ id: "s1", label_fr: "Extraction", label_en: "Mining" }],
        materials: [{ id: "li", name_fr: "Lithium", name_en: "Lithium (en)" }],
        country: { id: "CA", name_fr: "Canada", name_en: "Canada (en)" },
        partners: [{ organisation_id: "o1", name: "Org", acronym: "O", party: "fr", role: "lead" }],
        history: [
          {
            from_status: "idea",
            to_status: "approved",
            on_date: "2026-02-01",
            note: "Vu",
            by_name: "Ana",
          },
        ],
        milestones: [
          {
            id: "m1",
            title_fr: "Jalon",
            title_en: "Milestone",
            due_on: "2026-03-01",
            done_on: null,
          },
        ],
        documents: [
          {
            id: "d1",
            title: "Plan",
            file_name: "plan.pdf",
            content_type: "application/pdf",
            sha256: "abc",
            size: 2048,
            added_at: new Date("2026-01-01T00:00:00Z"),
          },
        ],
        from_call: "AAP-2026-01",
      }),
    ).toEqual({
      fromCall: "AAP-2026-01",
      lines: [{ code: "1.2", textFr: "Ligne", textEn: "Line" }],
      stages: [{ labelFr: "Extraction", labelEn: "Mining" }],
      materials: [{ nameFr: "Lithium", nameEn: "Lithium (en)" }],
      country: { nameFr: "Canada", nameEn: "Canada (en)" },
      partners: [{ organisationId: "o1", name: "Org", acronym: "O", party: "fr", role: "lead" }],
      history: [
        {
          fromStatus: "idea",
          toStatus: "approved",
          onDate: "2026-02-01",
          note: "Vu",
          byName: "Ana",
        },
      ],
      milestones: [
        { id: "m1", titleFr: "Jalon", titleEn: "Milestone", dueOn: "2026-03-01", doneOn: null },
      ],
      documents: [{ id: "d1", title: "Plan", fileName: "plan.pdf", sha256: "abc", size: 2048 }],
    });
  });

  it("has no country when the project names none", () => {
    const empty = { lines: [], stages: [], materials: [], partners: [], history: [] };
    expect(
      presentProjectDetails({
        ...empty,
        country: null,
        milestones: [],
        documents: [],
        from_call: null,
      }).country,
    ).toBeNull();
  });
});

describe("inLang", () => {
  it("falls back to French when the English text is missing", () => {
    expect(inLang("en", "Texte", null)).toBe("Texte");
    expect(inLang("fr", "Texte", "Text")).toBe("Texte");
  });
});

describe("presentProjectRef", () => {
  it("keeps the code and both titles", () => {
    expect(
      presentProjectRef({
        id: "p1",
        code: "FR-2026-002",
        title_fr: "Titre",
        title_en: "Title",
        owner_party: "fr",
        confidential_to: null,
        published: false,
      }),
    ).toEqual({ code: "FR-2026-002", titleFr: "Titre", titleEn: "Title" });
  });
});

describe("presentPriorityCounts", () => {
  it("maps the priority and every line's counts", () => {
    expect(
      presentPriorityCounts({
        code: "1",
        title_fr: "Priorité",
        title_en: "Priority",
        lines: [
          {
            code: "1.1",
            text_fr: "Ligne",
            text_en: "Line",
            summary_fr: null,
            summary_en: "Short",
            total: 2,
            byStatus: { idea: 2 },
            byKind: { survey: 1, exploration: 1 },
          },
        ],
      }),
    ).toEqual({
      code: "1",
      titleFr: "Priorité",
      titleEn: "Priority",
      lines: [
        {
          code: "1.1",
          textFr: "Ligne",
          textEn: "Line",
          summaryFr: null,
          summaryEn: "Short",
          total: 2,
          byStatus: { idea: 2 },
          byKind: { survey: 1, exploration: 1 },
        },
      ],
    });
  });
});

describe("presentFormChoices", () => {
  it("groups the lines the form offers by priority, in order, and keeps the stages", () => {
    const line = (code: string, priority: string) => ({
      code,
      text_fr: `Axe ${code}`,
      text_en: `Line ${code}`,
      priority_code: priority,
      priority_fr: `Priorité ${priority}`,
      priority_en: `Priority ${priority}`,
    });
    expect(
      presentFormChoices({
        lines: [line("1.1", "1"), line("1.2", "1"), line("2.1", "2")],
        stages: [{ id: "s1", label_fr: "Étape", label_en: "Stage" }],
        organisations: [{ id: "o1", name: "Org", party: "qc" }],
      }),
    ).toEqual({
      priorities: [
        {
          code: "1",
          titleFr: "Priorité 1",
          titleEn: "Priority 1",
          lines: [
            { code: "1.1", textFr: "Axe 1.1", textEn: "Line 1.1" },
            { code: "1.2", textFr: "Axe 1.2", textEn: "Line 1.2" },
          ],
        },
        {
          code: "2",
          titleFr: "Priorité 2",
          titleEn: "Priority 2",
          lines: [{ code: "2.1", textFr: "Axe 2.1", textEn: "Line 2.1" }],
        },
      ],
      stages: [{ id: "s1", labelFr: "Étape", labelEn: "Stage" }],
    });
  });
});

describe("presentMaterialChoices", () => {
  it("maps every material the filter offers", () => {
    expect(
      presentMaterialChoices({
        lines: [{ code: "1.1" }],
        materials: [{ id: "li", name_fr: "Lithium", name_en: "Lithium (en)" }],
      }),
    ).toEqual([{ id: "li", nameFr: "Lithium", nameEn: "Lithium (en)" }]);
  });
});
