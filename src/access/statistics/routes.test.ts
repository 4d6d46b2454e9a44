import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { extractText } from "../redaction/pdf-info.ts";
import { createRequest, moveRequest } from "../requests/commands.ts";
import { parseIntake } from "../requests/schema.ts";
import type { Outcome, Status } from "../requests/status.ts";

const NOW = new Date("2025-03-01T17:00:00Z");
const NAMES = ["Zéphirine Secrète", "Anatole Discret", "Ermengarde Privée"];

// Québec 2024: A 5 days, B 10 days, C 75 days (extended to about 31 May, decided 15 July: late).
// Days 5 10 75 → median 10; p90 rank ⌈0.9 × 3⌉ = 3 → 75; within the deadline 2 of 3 = 66.7 %.
// France 2024: F 20 days, within its one month. Québec 2023: G, 10 days.
type Step = { to: Status; on: string; outcome?: Outcome };
const REQUESTS: {
  key: string;
  jurisdiction: "qc" | "fr";
  receivedOn: string;
  steps: Step[];
  articles?: string[];
}[] = [
  {
    key: "A",
    jurisdiction: "qc",
    receivedOn: "2024-03-04",
    steps: [
      { to: "acknowledged", on: "2024-03-05" },
      { to: "decided", on: "2024-03-09", outcome: "full" },
      { to: "closed", on: "2024-03-20" },
    ],
  },
  {
    key: "B",
    jurisdiction: "qc",
    receivedOn: "2024-04-02",
    steps: [
      { to: "decided", on: "2024-04-12", outcome: "partial" },
      { to: "under_review", on: "2024-05-01" },
      { to: "closed", on: "2024-09-01" },
    ],
    articles: ["art. 53", "art. 54"],
  },
  {
    key: "C",
    jurisdiction: "qc",
    receivedOn: "2024-05-01",
    steps: [
      { to: "extended", on: "2024-05-10" },
      { to: "decided", on: "2024-07-15", outcome: "refused" },
    ],
    articles: ["art. 53"],
  },
  {
    key: "D",
    jurisdiction: "qc",
    receivedOn: "2024-06-03",
    steps: [{ to: "withdrawn", on: "2024-06-10" }],
  },
  {
    key: "E",
    jurisdiction: "qc",
    receivedOn: "2024-09-02",
    steps: [{ to: "in_progress", on: "2024-09-03" }],
  },
  {
    key: "F",
    jurisdiction: "fr",
    receivedOn: "2024-02-05",
    steps: [{ to: "decided", on: "2024-02-25", outcome: "not_held" }],
  },
  {
    key: "G",
    jurisdiction: "qc",
    receivedOn: "2023-11-06",
    steps: [{ to: "decided", on: "2023-11-16", outcome: "transferred" }],
  },
];

/** Text without tags, with every kind of space made one plain space. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, " ");

/** The value in the row labelled `label` of the section of one jurisdiction. */
function cell(html: string, jurisdiction: "qc" | "fr", label: string): string | undefined {
  const section = new RegExp(
    `<section aria-labelledby="j-${jurisdiction}">(.*?)</section>`,
    "s",
  ).exec(html)?.[1];
  const row = new RegExp(`<th scope="row">${label}</th><td class="num">([^<]*)</td>`).exec(
    section ?? "",
  );
  return row?.[1];
}

describe("access statistics: page, CSV and annual report", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
  });
  afterAll(() => t?.close());

  async function fill() {
    for (const [i, r] of REQUESTS.entries()) {
      const intake = parseIntake(
        {
          jurisdiction: r.jurisdiction,
          channel: "mail",
          receivedOn: r.receivedOn,
          subject: `Demande ${r.key}`,
          documentsSought: "Des documents",
          name: NAMES[i % NAMES.length],
          email: "secret@example.org",
        },
        NOW,
      );
      const { id, reference } = await createRequest(t.db, CLI_PERFORMER, intake);
      if (r.articles) {
        await t.db.query(
          `INSERT INTO access_documents
             (request_id, position, title, file_name, sha256, pages, content, decision, articles)
           VALUES ($1, 1, 'Note', 'note.pdf', $2, 1, $3, $4, $5)`,
          [id, "a".repeat(64), new Uint8Array([37]), "refused", r.articles],
        );
      }
      for (const s of r.steps) {
        await moveRequest(t.db, CLI_PERFORMER, {
          reference,
          to: s.to,
          onDate: s.on,
          outcome: s.outcome,
        });
      }
    }
  }

  const noName = (text: string) => {
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(text).not.toContain("secret@example.org");
  };

  it("says there is nothing yet before any request", async () => {
    const res = await t.request("/acces/statistiques");
    expect(res.status).toBe(200);
    expect(plain(await res.text())).toContain("Aucune demande d’accès n’a encore été enregistrée");
  });

  it("shows the latest year by default with the figures worked out by hand", async () => {
    await fill();
    const html = await (await t.request("/acces/statistiques")).text();
    expect(html).toMatch(/<option value="2024" selected="">2024<\/option>/);
    expect(html).toContain('<option value="2023">2023</option>');
    const qc = (label: string) => cell(html, "qc", label);
    expect(qc("Demandes reçues")).toBe("5");
    expect(qc("Demandes décidées")).toBe("3");
    expect(qc("dont accès total")).toBe("1");
    expect(qc("dont accès partiel")).toBe("1");
    expect(qc("dont refus")).toBe("1");
    expect(qc("dont demande transférée")).toBe("0");
    expect(qc("Délai de traitement médian \\(jours\\)")).toBe("10");
    expect(qc("Délai de traitement au 90ᵉ centile \\(jours\\)")).toBe("75");
    expect(qc("Décisions rendues dans le délai")).toBe("66,7\u202f% (2 sur 3)");
    expect(qc("Délais prolongés")).toBe("1");
    expect(qc("Demandes de révision ou recours")).toBe("1");
    expect(qc("Demandes retirées")).toBe("1");
    expect(qc("Demandes encore en traitement")).toBe("1");
    expect(html).toMatch(/<td>art\. 53<\/td><td class="num">2<\/td>/);
    expect(html).toMatch(/<td>art\. 54<\/td><td class="num">1<\/td>/);
    expect(cell(html, "fr", "Demandes reçues")).toBe("1");
    expect(cell(html, "fr", "dont document non détenu")).toBe("1");
    expect(cell(html, "fr", "Délai de traitement médian \\(jours\\)")).toBe("20");
    expect(cell(html, "fr", "Décisions rendues dans le délai")).toBe("100\u202f% (1 sur 1)");
    expect(html).toContain('href="/acces/statistiques.csv?annee=2024"');
    expect(html).toContain('href="/acces/statistiques/rapport-2024.pdf"');
    noName(html);
  });

  it("shows another year, an empty one, and refuses a malformed year", async () => {
    const y2023 = await (await t.request("/acces/statistiques?annee=2023")).text();
    expect(cell(y2023, "qc", "dont demande transférée")).toBe("1");
    expect(cell(y2023, "qc", "Décisions rendues dans le délai")).toBe("100\u202f% (1 sur 1)");
    const empty = await (await t.request("/acces/statistiques?annee=2019")).text();
    expect(plain(empty)).toContain("Aucune demande n’a été reçue en 2019.");
    expect((await t.request("/acces/statistiques?annee=deux")).status).toBe(400);
  });

  it("speaks English under /en, with English number formatting", async () => {
    const html = await (await t.request("/en/acces/statistiques")).text();
    expect(cell(html, "qc", "Requests received")).toBe("5");
    expect(cell(html, "qc", "Decisions within the deadline")).toBe("66.7% (2 of 3)");
    expect(html).toContain('href="/en/acces/statistiques.csv?annee=2024"');
  });

  it("exports every year and jurisdiction as CSV, or one year", async () => {
    const res = await t.request("/acces/statistiques.csv");
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain(
      "statistiques-acces-toutes-annees.csv",
    );
    const text = await res.text();
    noName(text);
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(rows.map((r) => `${r.Année}-${r.Code}`)).toEqual([
      "2023-qc",
      "2023-fr",
      "2024-qc",
      "2024-fr",
    ]);
    expect(rows[2]).toMatchObject({
      "Demandes reçues": "5",
      "Demandes décidées": "3",
      "Accès total": "1",
      "Accès partiel": "1",
      Refus: "1",
      "Document non détenu": "0",
      "Demande transférée": "0",
      "Délai de traitement médian (jours)": "10",
      "Délai de traitement au 90ᵉ centile (jours)": "75",
      "Décisions dans le délai": "2",
      "Part des décisions dans le délai (%)": "66.7",
      "Délais prolongés": "1",
      "Demandes de révision ou recours": "1",
      "Demandes retirées": "1",
      "Demandes encore en traitement": "1",
      "Articles invoqués (documents)": "art. 53 (2); art. 54 (1)",
    });
    // Nothing decided in France in 2023: no median, no share, rather than zeros.
    expect(rows[1]).toMatchObject({
      "Demandes reçues": "0",
      "Délai de traitement médian (jours)": "",
      "Part des décisions dans le délai (%)": "",
    });

    const en: Record<string, string>[] = parse(
      await (await t.request("/en/acces/statistiques.csv?annee=2024")).text(),
      { bom: true, columns: true },
    );
    expect(en).toHaveLength(2);
    expect(en[0]).toMatchObject({
      Year: "2024",
      Code: "qc",
      "Requests received": "5",
      "Median processing time (days)": "10",
      "Share of decisions within the deadline (%)": "66.7",
    });
  });

  it("writes the annual report in PDF with the figures and the definitions", async () => {
    const res = await t.request("/acces/statistiques/rapport-2024.pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pages = await extractText(new Uint8Array(await res.arrayBuffer()));
    const text = pages.join("\n").replace(/[\s\u00a0\u202f]+/g, " ");
    noName(text);
    expect(text).toContain("Rapport annuel sur l’accès à l’information — 2024");
    expect(text).toContain("Produit le 1er mars 2025");
    expect(text).toContain("Québec (Loi sur l’accès, RLRQ c. A-2.1)");
    expect(text).toMatch(/Demandes reçues 5/);
    expect(text).toMatch(/Délai de traitement au 90ᵉ centile \(jours\) 75/);
    expect(text).toMatch(/Décisions rendues dans le délai 66,7 % \(2 sur 3\)/);
    expect(text).toMatch(/art\. 53 2/);
    expect(text).toContain("Définitions");
    expect(text).toContain("rang le plus proche");
    expect(pages.at(-1)).toMatch(/Page \d+ de \d+/);
  });

  it("answers an unknown report name with not found", async () => {
    expect((await t.request("/acces/statistiques/rapport-24.pdf")).status).toBe(404);
  });
});
