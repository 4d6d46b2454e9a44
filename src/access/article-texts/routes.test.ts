import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { addDocument, decideDocument } from "../documents/commands.ts";
import { produceLetterFile } from "../letters/letter-file.ts";
import { extractText } from "../redaction/pdf-info.ts";
import { buildPdf } from "../redaction/test-pdfs.ts";
import { createRequest, moveRequest } from "../requests/commands.ts";
import { parseIntake } from "../requests/schema.ts";
import { normaliseArticle } from "./queries.ts";

const NOW = new Date("2024-03-05T15:00:00Z");
// Wording written for this test: the point is that the letter quotes what the admin entered.
const WORDING = "Texte de l’article saisi pour le test, tel que publié.";

describe("wording of the sections relied on", () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp["signIn"]>>;
  const post = (path: string, fields: Record<string, string>, s = admin) =>
    t.request(path, {
      method: "POST",
      body: new URLSearchParams({ ...fields, _csrf: s.csrf }),
      headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
    });

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    admin = await t.signIn("admin");
  });
  afterAll(() => t?.close());

  it("normalises what officers type", () => {
    expect(normaliseArticle("Art 53")).toBe("art. 53");
    expect(normaliseArticle("article 14")).toBe("art. 14");
    expect(normaliseArticle("art.21.1")).toBe("art. 21.1");
    expect(normaliseArticle("alinéa 2")).toBeNull();
  });

  it("lets only administrators keep the wording", async () => {
    const officer = await t.signIn("access-officer");
    expect(
      (await t.request("/admin/articles", { headers: { cookie: officer.cookie } })).status,
    ).toBe(403);
    const bad = await post("/admin/articles", {
      jurisdiction: "qc",
      article: "alinéa",
      textFr: "",
      source: "",
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Forme attendue");
    expect(await t.db.query("SELECT 1 FROM access_article_texts")).toHaveLength(0);
    const ok = await post("/admin/articles", {
      jurisdiction: "qc",
      article: "Art 53",
      textFr: WORDING,
      textEn: "",
      source: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/A-2.1",
    });
    expect(ok.status).toBe(303);
    const page = await (
      await t.request("/admin/articles", { headers: { cookie: admin.cookie } })
    ).text();
    expect(page).toContain("art. 53");
  });

  it("quotes it in the decision letter of a request that relies on it", async () => {
    const intake = parseIntake(
      {
        jurisdiction: "qc",
        channel: "email",
        receivedOn: "2024-03-01",
        subject: "Rapport",
        documentsSought: "Rapport annuel",
        name: "R",
        email: "r@example.org",
      },
      NOW,
    );
    const { reference } = await createRequest(t.db, CLI_PERFORMER, intake);
    const { id } = await addDocument(t.db, CLI_PERFORMER, reference, {
      title: "Rapport",
      fileName: "r.pdf",
      content: buildPdf([{ lines: [{ x: 72, y: 700, text: "Nom Prive et rapport" }] }]),
    });
    await decideDocument(t.db, CLI_PERFORMER, {
      reference,
      documentId: id,
      decision: "partial",
      articles: ["art. 53"],
      redactions: [{ page: 1, x: 70, y: 80, width: 60, height: 20, label: "art. 53" }],
    });
    await moveRequest(t.db, CLI_PERFORMER, {
      reference,
      to: "decided",
      onDate: "2024-03-05",
      outcome: "partial",
    });
    const pdf = await produceLetterFile(t.db, reference, "decision", "pdf", NOW);
    const text = (await extractText(pdf as Uint8Array)).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("art. 53");
    expect(text).toContain("Texte de l’article saisi pour le test");
  });

  it("deletes a wording only after confirmation", async () => {
    const confirm = await t.request("/admin/articles/qc/art.%2053/supprimer", {
      headers: { cookie: admin.cookie },
    });
    expect(await confirm.text()).toContain("Supprimer le texte de l’art.");
    expect(await t.db.query("SELECT 1 FROM access_article_texts")).toHaveLength(1);
    expect((await post("/admin/articles/qc/art.%2053/supprimer", {})).status).toBe(303);
    expect(await t.db.query("SELECT 1 FROM access_article_texts")).toHaveLength(0);
  });
});
