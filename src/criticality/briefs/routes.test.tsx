import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText } from "../../access/redaction/pdf-info.ts";
import { seed } from "../../app/seed.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";

let t: TestApp;
type Session = Awaited<ReturnType<TestApp["signIn"]>>;
let qc: Session;
let qc2: Session;
let fr: Session;

beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  await seed(t.db, { demo: true });
  qc = await t.signIn("member-qc");
  qc2 = await t.signIn("member-qc");
  fr = await t.signIn("member-fr");
}, 120_000);
afterAll(() => t?.close());

const API = "/api/v1/criticality/briefs";
const text = (s: string) => s.replace(/\s+/g, " ").replace(/[\u00a0\u202f]/g, " ");
const FULL = {
  titleFr: "Graphite naturel : la dépendance à la Chine",
  titleEn: "Natural graphite: the dependence on China",
  summaryFr: "La Chine extrait près de 80 % du graphite naturel.",
  summaryEn: "China mines close to 80% of natural graphite.",
  conclusionsFr: "Le projet québécois de graphite sphérique compte.",
  conclusionsEn: "The Québec spherical graphite project matters.",
  materials: ["natural-graphite"],
  projects: ["P-2024-005"],
};

const page = (path: string, s?: Session) =>
  t.request(path, s ? { headers: { cookie: s.cookie } } : {});
const post = (path: string, s: Session, fields: Record<string, string> = {}) =>
  t.request(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: s.cookie },
    body: new URLSearchParams({ _csrf: s.csrf, ...fields }),
  });
const state = async (id: string) =>
  (
    await t.db.query<{ status: string; version: number; n: number }>(
      `SELECT status, version, (SELECT count(*) FROM analysis_brief_approvals WHERE brief_id = $1) AS n
         FROM analysis_briefs WHERE id = $1`,
      [id],
    )
  )[0];

async function draft(s: Session, body: Record<string, unknown> = FULL): Promise<string> {
  const res = await t.api("POST", API, { as: s, body });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe("briefs on the site", () => {
  it("shows the public list, empty, in both languages", async () => {
    expect(text(await (await page("/criticite/notes")).text())).toContain("Aucune note publiée");
    expect(text(await (await page("/en/criticite/notes")).text())).toContain(
      "No brief published yet",
    );
  });

  it("goes from draft to published by one member of each party, then is public", async () => {
    const id = await draft(qc);
    expect((await page(`/criticite/notes/${id}`)).status).toBe(401);
    const work = text(await (await page("/criticite/notes/travail", fr)).text());
    expect(work).toContain(FULL.titleFr);
    // A figure frozen into the draft, then submitted.
    const added = await post(`/criticite/notes/${id}/figures`, qc, {
      kind: "scenario",
      material: "graphite naturel",
      country: "CHN",
      stage: "mine",
      percent: "100",
    });
    expect(added.status).toBe(303);
    expect((await post(`/criticite/notes/${id}/soumettre`, qc)).status).toBe(303);
    expect((await post(`/criticite/notes/${id}/approuver`, fr, { confirm: "oui" })).status).toBe(
      303,
    );
    expect((await post(`/criticite/notes/${id}/approuver`, qc2, { confirm: "oui" })).status).toBe(
      303,
    );
    expect((await post(`/criticite/notes/${id}/publier`, qc)).status).toBe(303);
    const html = text(await (await page(`/en/criticite/notes/${id}`)).text());
    expect(html).toContain(FULL.titleEn);
    expect(html).toContain("Share of world supply lost (CHN, extraction)");
    expect(html).toMatch(/Sources and vintages: EU CRM/);
    const list = text(await (await page("/criticite/notes")).text());
    expect(list).toContain(FULL.titleFr);
    const feed = await page("/en/criticite/notes/flux.atom");
    expect(feed.headers.get("content-type")).toContain("application/atom+xml");
    const atom = await feed.text();
    expect(atom).toContain(`<id>urn:uuid:${id}</id>`);
    expect(atom).toContain("<title>Natural graphite: the dependence on China</title>");
    const pdf = await page(`/criticite/notes/${id}/pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const pdfText = (await extractText(new Uint8Array(await pdf.arrayBuffer()))).join(" ");
    expect(pdfText).toContain("Graphite naturel");
    expect(pdfText).toContain("Sources et millésimes");
    expect(pdfText).toContain("seuil RA 1,0");
    const current = text(await (await page(`/criticite/notes/${id}/actuel`)).text());
    expect(current).toContain("sur les données actuelles");
    expect(current).toContain("Écart");
    const api = (await (await t.api("GET", API)).json()) as {
      items: { id: string; figures: unknown[] }[];
    };
    expect(api.items.map((b) => b.id)).toEqual([id]);
    expect(api.items[0]?.figures).toHaveLength(1);
  });

  it("keeps versions and shows what changed between them, word by word", async () => {
    const id = await draft(fr);
    const edited = { ...FULL, materials: "natural-graphite", projects: "P-2024-005" };
    expect(
      (
        await post(`/criticite/notes/${id}`, fr, {
          ...edited,
          summaryFr: "La Chine extrait 79,9 % du graphite naturel.",
        })
      ).status,
    ).toBe(303);
    const html = await (await page(`/criticite/notes/${id}/versions?de=1&a=2`, qc)).text();
    expect(html).toMatch(/<del><span class="visually-hidden">retiré\s: <\/span>près de 80<\/del>/);
    expect(html).toMatch(/<ins><span class="visually-hidden">ajouté\s: <\/span>79,9<\/ins>/);
    const bad = await page(`/criticite/notes/${id}/versions?de=7`, qc);
    expect(bad.status).toBe(422);
    expect(text(await bad.text())).toContain(
      "Version inconnue : « 7 ». Versions de cette note : 1 à 2.",
    );
  });

  it("refuses the author's approval, a second one by the same party, and English missing at publication", async () => {
    const id = await draft(qc, { ...FULL, conclusionsEn: "" });
    await post(`/criticite/notes/${id}/soumettre`, qc);
    const before = await state(id);
    const self = await post(`/en/criticite/notes/${id}/approuver`, qc, { confirm: "oui" });
    expect(self.status).toBe(409);
    expect(text(await self.text())).toContain("drafted this brief and cannot approve it");
    const unconfirmed = await post(`/criticite/notes/${id}/approuver`, fr);
    expect(unconfirmed.status).toBe(422);
    expect(await state(id)).toEqual(before);
    await post(`/criticite/notes/${id}/approuver`, qc2, { confirm: "oui" });
    const twice = await post(`/criticite/notes/${id}/approuver`, qc2, { confirm: "oui" });
    expect(twice.status).toBe(409);
    expect(text(await twice.text())).toContain("La partie Québec a déjà approuvé cette note");
    await post(`/criticite/notes/${id}/approuver`, fr, { confirm: "oui" });
    const approved = await state(id);
    expect(approved?.status).toBe("approved");
    const publish = await post(`/en/criticite/notes/${id}/publier`, fr);
    expect(publish.status).toBe(422);
    expect(text(await publish.text())).toContain("missing: Conclusions (English)");
    expect(await state(id)).toEqual(approved);
    const reject = await post(`/criticite/notes/${id}/rejeter`, fr, { reason: "" });
    expect(reject.status).toBe(422);
    expect(await state(id)).toEqual(approved);
    expect(
      (await post(`/criticite/notes/${id}/rejeter`, fr, { reason: "Traduire les conclusions." }))
        .status,
    ).toBe(303);
    expect(await state(id)).toMatchObject({ status: "draft", n: 0 });
  });

  it("answers bad input in the API by name, without writing", async () => {
    const count = async () =>
      (await t.db.query<{ n: number }>("SELECT count(*) AS n FROM analysis_briefs"))[0]?.n;
    const before = await count();
    const res = await t.api("POST", API, {
      as: qc,
      body: { ...FULL, materials: ["unobtainium"] },
      lang: "en",
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "Unknown material: “unobtainium”.",
    );
    const form = await post("/criticite/notes", fr, { titleFr: "", titleEn: "" });
    expect(form.status).toBe(422);
    expect(text(await form.text())).toContain("Donnez un titre à la note");
    const figure = await post(`/criticite/notes/${await draft(fr)}/figures`, fr, {
      kind: "scenario",
      material: "lithium",
      percent: "140",
    });
    expect(figure.status).toBe(422);
    expect(text(await figure.text())).toContain("Part coupée invalide : « 140 »");
    expect(await count()).toBe((before ?? 0) + 1);
    expect((await t.api("GET", `${API}?status=draft`)).status).toBe(401);
  });
});
