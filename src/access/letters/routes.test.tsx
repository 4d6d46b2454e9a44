import * as mupdf from "mupdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { defaultTemplate } from "./defaults.ts";
import { letterTemplate } from "./queries.ts";

let t: TestApp;
let admin: Awaited<ReturnType<TestApp["signIn"]>>;
let officer: Awaited<ReturnType<TestApp["signIn"]>>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn("admin");
  officer = await t.signIn("access-officer");
});
afterAll(() => t.close());

const KEY = { kind: "recourse", jurisdiction: "qc", lang: "fr" } as const;
const PATH = "/admin/modeles/recourse/qc/fr";

function post(path: string, who: { cookie: string; csrf: string }, fields: Record<string, string>) {
  return t.request(path, {
    method: "POST",
    body: new URLSearchParams({ _csrf: who.csrf, ...fields }),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: who.cookie },
  });
}
const get = (path: string, who = admin) => t.request(path, { headers: { cookie: who.cookie } });
const stored = async () =>
  t.db.query<{ body: string }>(
    "SELECT body FROM letter_templates WHERE kind = $1 AND jurisdiction = $2 AND lang = $3",
    [KEY.kind, KEY.jurisdiction, KEY.lang],
  );
const pdfText = (bytes: ArrayBuffer) => {
  const doc = mupdf.Document.openDocument(new Uint8Array(bytes), "application/pdf");
  return doc.loadPage(0).toStructuredText("preserve-whitespace").asText().replace(/\s+/g, " ");
};

describe("letter template pages", () => {
  it("lists the 14 templates for administrators, in French and in English", async () => {
    const fr = await get("/admin/modeles");
    expect(fr.status).toBe(200);
    const html = await fr.text();
    expect(html.match(/href="\/admin\/modeles\/[a-z]+\/(qc|fr)\/(fr|en)"/g)).toHaveLength(14);
    expect(html).not.toContain("/admin/modeles/extension/fr/");
    const en = await get("/en/admin/modeles");
    expect(await en.text()).toContain("Letter templates");
  });

  it("shows the editor with the shipped text and the field reference", async () => {
    const res = await get(PATH);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("525, boulevard René-Lévesque Est");
    expect(html).toContain("{{reviewUntil}}");
    expect(html).toContain(`${PATH}/apercu.pdf`);
  });

  it("refuses members and officers: templates are for administrators", async () => {
    const res = await post(PATH, officer, { body: "Texte" });
    expect(res.status).toBe(403);
    expect((await get("/admin/modeles", officer)).status).toBe(403);
    expect(await stored()).toEqual([]);
  });

  it("refuses an invalid template with a localised list of errors and saves nothing", async () => {
    const res = await post(PATH, admin, { body: "Demande {{reference}} du {{dateDecision|date}}" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Le modèle n’a pas été enregistré");
    expect(html).toContain("Champ inconnu\u00a0: {{dateDecision}}");
    expect(html).toContain("ligne 1");
    // The text typed is given back so that the administrator can correct it.
    expect(html).toContain("Demande {{reference}} du {{dateDecision|date}}");
    expect(await stored()).toEqual([]);

    const en = await post(`/en${PATH}`, admin, { body: "{{#if qc}}" });
    expect(await en.text()).toContain("Unclosed block: {{#if qc}}");
  });

  it("saves a valid template through an audited command; the letter then uses it", async () => {
    const body =
      "# Avis de recours\n\nDemande {{reference}} : délai jusqu’au {{reviewUntil|date}}.";
    const res = await post(PATH, admin, { body });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${PATH}?fait=enregistre`);
    expect(await stored()).toEqual([{ body }]);
    expect((await letterTemplate(t.db, KEY)).body).toBe(body);

    const events = await t.db.query<{ actor_label: string; subject_id: string; changes: unknown }>(
      "SELECT actor_label, subject_id, changes FROM audit_events WHERE action = 'letter_template.save'",
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor_label: admin.email,
      subject_id: "recourse.qc.fr",
      changes: { body: { from: defaultTemplate(KEY), to: body } },
    });

    const page = await (await get(`${PATH}?fait=enregistre`)).text();
    expect(page).toContain("Le modèle a été enregistré.");
    expect(page).toContain("Rétablir le modèle d’origine");

    const pdf = await get(`${PATH}/apercu.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(await pdf.arrayBuffer());
    expect(text).toMatch(/Demande 202311-76 : délai jusqu’au 19 janvier 2024\./);
    expect(text).not.toContain("René-Lévesque");

    const docx = await get(`${PATH}/apercu.docx`);
    expect(docx.status).toBe(200);
    expect(new Uint8Array(await docx.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
  });

  it("reverts to the shipped template after a confirmation page", async () => {
    const confirm = await get(`${PATH}/retablir`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain(
      "Voulez-vous vraiment rétablir le modèle d’origine\u202f?",
    );
    expect(await stored()).toHaveLength(1);

    const res = await post(`${PATH}/retablir`, admin, {});
    expect(res.status).toBe(303);
    expect(await stored()).toEqual([]);
    expect((await letterTemplate(t.db, KEY)).body).toBe(defaultTemplate(KEY));
    const events = await t.db.query(
      "SELECT 1 FROM audit_events WHERE action = 'letter_template.revert' AND subject_id = 'recourse.qc.fr'",
    );
    expect(events).toHaveLength(1);
  });

  it("answers 404 for a template that does not exist, such as a French extension notice", async () => {
    expect((await get("/admin/modeles/extension/fr/fr")).status).toBe(404);
    expect((await get("/admin/modeles/decision/qc/de")).status).toBe(404);
  });
});
