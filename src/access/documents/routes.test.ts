import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { extractText } from "../redaction/pdf-info.ts";
import { buildPdf } from "../redaction/test-pdfs.ts";
import { createRequest } from "../requests/commands.ts";
import { parseIntake } from "../requests/schema.ts";
import { addDocument } from "./commands.ts";

const NOW = new Date("2024-06-15T16:00:00Z");
const NAME = "Jeanne Tremblay";

// Page 2's confidential line has its baseline 400 pt above the bottom of an A4 page (842 pt),
// so 442 pt = 155.9 mm from the top; 12 pt letters reach about 9 pt = 3.2 mm above it. The
// area 150–160 mm from the top, 20–190 mm from the left, covers the whole line and nothing else.
const PDF = buildPdf([
  {
    lines: [
      { x: 72, y: 760, text: "Rapport de mission" },
      { x: 72, y: 700, text: `Entretien avec ${NAME}, géologue` },
      { x: 72, y: 660, text: `Contact : ${NAME.toUpperCase()}` },
    ],
  },
  {
    lines: [
      { x: 72, y: 760, text: "Annexe budgetaire" },
      { x: 72, y: 400, text: "Montant confidentiel 12345" },
    ],
  },
]);
const MANUAL_LINE = "2 ; 20 ; 150 ; 170 ; 10 ; art. 54";

describe("deciding on a document and marking what to redact", () => {
  let t: TestApp;
  let officer: Awaited<ReturnType<TestApp["signIn"]>>;
  let base = "";
  let documentId = "";

  const post = (path: string, fields: Record<string, string>) =>
    t.request(path, {
      method: "POST",
      body: new URLSearchParams({ ...fields, _csrf: officer.csrf }),
      headers: { cookie: officer.cookie, "content-type": "application/x-www-form-urlencoded" },
    });
  const get = (path: string, cookie = officer.cookie) => t.request(path, { headers: { cookie } });
  const stored = async () => {
    const [row] = await t.db.query<{
      decision: string;
      articles: string[];
      redactions: unknown[];
      redacted: boolean;
    }>(
      `SELECT decision, articles, redactions, redacted_content IS NOT NULL AS redacted
         FROM access_documents WHERE id = $1`,
      [documentId],
    );
    return row;
  };
  const released = async () => {
    const res = await get(`${base}/documents/${documentId}/diffuse.pdf`);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    return extractText(new Uint8Array(await res.arrayBuffer()));
  };

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    officer = await t.signIn("access-officer");
    const intake = parseIntake(
      {
        jurisdiction: "qc",
        channel: "email",
        receivedOn: "2024-06-14",
        subject: "Rapports de mission",
        documentsSought: "Le rapport de la mission de juin",
        name: "Paul Demandeur",
        email: "paul@example.org",
      },
      NOW,
    );
    const { reference } = await createRequest(t.db, CLI_PERFORMER, intake);
    base = `/acces/demandes/${reference}`;
    documentId = (
      await addDocument(t.db, CLI_PERFORMER, reference, {
        title: "Rapport <mission> de juin",
        fileName: "rapport.pdf",
        content: PDF,
      })
    ).id;
  });
  afterAll(() => t?.close());

  const decision = () => `${base}/documents/${documentId}/decision`;

  it("shows the document, a preview of each page and its size in millimetres", async () => {
    const res = await get(decision());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Rapport &lt;mission&gt; de juin");
    expect(html).toContain(`src="${base}/documents/${documentId}/pages/1"`);
    expect(html).toContain(`src="${base}/documents/${documentId}/pages/2"`);
    expect(html).toContain('alt="Aperçu de la page 2"');
    // 595 × 842 pt at 25.4 mm per 72 pt.
    expect(html).toContain("209,9 × 297 mm");
    expect(html).not.toContain("version=redacted");
  });

  it("serves each page as a private PNG image", async () => {
    const res = await get(`${base}/documents/${documentId}/pages/2`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toMatch(/^private/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await get(`${base}/documents/${documentId}/pages/3`)).status).toBe(404);
    // No redacted version exists before a partial decision.
    expect((await get(`${base}/documents/${documentId}/pages/1?version=redacted`)).status).toBe(
      404,
    );
  });

  it("is closed to members of either party", async () => {
    const member = await t.signIn("member-qc");
    expect((await get(decision(), member.cookie)).status).toBe(403);
    expect((await get(`${base}/documents/${documentId}/pages/1`, member.cookie)).status).toBe(403);
  });

  it("refuses a malformed area line with its number, keeps what was typed, stores nothing", async () => {
    const res = await post(decision(), {
      decision: "partial",
      articles: "art. 53",
      redactions: `1 ; 20 ; 30 ; 40 ; 10 ; art. 53\n2 ; 10 ; <b>x</b> ; 5 ; 5 ; art. 53`,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Ligne 2");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(html).not.toContain("<b>x</b>");
    expect(await stored()).toMatchObject({ decision: "pending", redacted: false });

    const en = await post(`/en${decision()}`, {
      decision: "partial",
      redactions: "\n1 ; 20 ; 30 ; 40 ; art. 53",
    });
    expect(en.status).toBe(422);
    expect(await en.text()).toContain("Line 2: six fields");
  });

  it("refuses an area off its page, naming the line and the page size", async () => {
    const res = await post(decision(), {
      decision: "partial",
      redactions: "2 ; 200 ; 10 ; 20 ; 10 ; art. 53",
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Ligne 1");
    expect((await stored())?.redacted).toBe(false);
  });

  it("refuses a partial release without any area and a refusal without an article", async () => {
    const partial = await post(decision(), { decision: "partial", articles: "art. 53" });
    expect(partial.status).toBe(422);
    expect(await partial.text()).toContain("au moins une zone caviardée");
    const refused = await post(decision(), { decision: "refused", articles: " , " });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Indiquez les articles");
    expect(await stored()).toMatchObject({ decision: "pending", articles: [] });
  });

  it("refuses a text that the document does not contain and saves nothing", async () => {
    const res = await post(decision(), {
      decision: "partial",
      articles: "art. 53",
      redactions: MANUAL_LINE,
      findText: "Gérard Absent",
      findArticle: "art. 53",
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("ne figure nulle part");
    expect(await stored()).toMatchObject({ decision: "pending", redacted: false });
  });

  it("removes a name everywhere it appears, whatever its case, and shows the article", async () => {
    const res = await post(decision(), {
      decision: "partial",
      articles: "",
      findText: NAME.toLowerCase(),
      findArticle: "art. 53",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${base}?ok=1`);
    const row = await stored();
    expect(row).toMatchObject({ decision: "partial", articles: ["art. 53"], redacted: true });
    // Two occurrences, on two lines of page 1.
    expect(row?.redactions).toHaveLength(2);
    const text = (await released()).join("\n");
    expect(text).not.toMatch(/tremblay/i);
    expect(text).toContain("art. 53");
    expect(text).toContain("Rapport de mission");
    expect(text).toContain("12345");
  });

  it("lists the areas on file, previews the redacted version and keeps them on a new save", async () => {
    const html = await (await get(decision())).text();
    expect(html).toContain("Zones caviardées enregistrées (2)");
    expect(html).toContain(`src="${base}/documents/${documentId}/pages/1?version=redacted"`);
    const redacted = await get(`${base}/documents/${documentId}/pages/1?version=redacted`);
    expect(redacted.headers.get("content-type")).toBe("image/png");
    const lines = /<textarea[^>]*name="redactions"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1];
    expect(lines?.trim().split("\n")).toHaveLength(2);

    const res = await post(decision(), {
      decision: "partial",
      articles: "art. 53",
      redactions: `${lines}\n${MANUAL_LINE}`,
    });
    expect(res.status).toBe(303);
    expect(await stored()).toMatchObject({ articles: ["art. 53", "art. 54"] });
    const [page1, page2] = await released();
    expect(page1).not.toMatch(/tremblay/i);
    expect(page1).toContain("géologue");
    expect(page2).not.toContain("12345");
    expect(page2).not.toContain("confidentiel");
    expect(page2).toContain("art. 54");
    expect(page2).toContain("Annexe budgetaire");
  });
});
