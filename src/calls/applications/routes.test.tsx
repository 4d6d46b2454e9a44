import * as mupdf from "mupdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { insertCall, samplePdf } from "./test-fixtures.ts";

const OPENS = new Date("2026-01-15T14:00:00Z");
const CLOSES = new Date("2026-03-31T21:00:00Z");
// Sessions last hours: the tests run shortly before the closing, then just after it.
const DURING = new Date("2026-03-31T19:00:00Z");
const LATE = new Date("2026-03-31T21:00:01Z");

type Session = Awaited<ReturnType<TestApp["signIn"]>>;

function pdfText(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, "application/pdf");
  let text = "";
  for (let i = 0; i < doc.countPages(); i++) {
    text += doc.loadPage(i).toStructuredText("preserve-whitespace").asText();
  }
  return plain(text);
}

/** No-break spaces and line breaks read as plain spaces, for assertions on words. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");

describe("applications to a call", () => {
  let t: TestApp;
  let now = DURING;
  let call: Awaited<ReturnType<typeof insertCall>>;
  let alice: Session;
  let bob: Session;
  let pdf: Uint8Array;

  const get = (path: string, as?: Session) =>
    t.request(path, { headers: as ? { cookie: as.cookie } : {} });
  const post = (path: string, as: Session, fields: Record<string, string | File>) => {
    const body = new FormData();
    body.set("_csrf", as.csrf);
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    return t.request(path, { method: "POST", body, headers: { cookie: as.cookie } });
  };
  const pdfFile = (bytes: Uint8Array, name = "description.pdf") =>
    new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "application/pdf" });
  const start = async (as: Session, title: string) => {
    const res = await post(`/appels/${call.code}/candidater`, as, { title, language: "fr" });
    expect(res.status).toBe(303);
    return (res.headers.get("location") ?? "").split("/").pop() as string;
  };
  const stored = async (id: string) => {
    const [row] = await t.db.query<{ status: string; reference: string | null; title: string }>(
      `SELECT status, reference, title FROM applications WHERE id = $1`,
      [id],
    );
    return row;
  };
  const count = async (table: string, id: string) => {
    const [row] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} WHERE application_id = $1`,
      [id],
    );
    return row?.n;
  };
  const complete = (extra: Record<string, string | File> = {}) => ({
    title: "Graphite sphérique",
    language: "fr",
    summaryFr: "Purification du graphite naturel.",
    summaryEn: "",
    partner_0_name: "Université Laval",
    partner_0_party: "qc",
    partner_0_kind: "university",
    partner_0_role: "lead",
    partner_1_name: "BRGM",
    partner_1_party: "fr",
    partner_1_kind: "geological_survey",
    partner_1_role: "partner",
    partner_2_name: "",
    budget_0_partner: "0",
    budget_0_year: "2027",
    budget_0_amount: "80 000,00",
    budget_0_currency: "CAD",
    budget_1_partner: "1",
    budget_1_year: "2027",
    budget_1_amount: "80000",
    budget_1_currency: "EUR",
    budget_2_amount: "",
    funding_qc: "40 000",
    funding_fr: "40000,00",
    [`document_${call.requiredDocumentId}`]: pdfFile(pdf),
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp({ now: () => now });
    call = await insertCall(t.db, { opensAt: OPENS, closesAt: CLOSES });
    alice = await t.signIn("applicant", "alice@example.org");
    bob = await t.signIn("applicant", "bob@example.org");
    pdf = await samplePdf();
  });
  afterAll(() => t?.close());

  it("saves a draft with partial data, marked as not submitted", async () => {
    const id = await start(alice, "Projet partiel");
    const res = await post(`/candidatures/${id}/brouillon`, alice, {
      title: "Projet partiel",
      language: "fr",
      summaryFr: "",
      summaryEn: "Only English so far.",
      partner_0_name: "Université Laval",
      partner_0_party: "qc",
      partner_0_kind: "university",
      partner_0_role: "partner",
    });
    expect(res.status).toBe(303);
    expect(await count("application_partners", id)).toBe(1);
    const page = await (await get(`/candidatures/${id}`, alice)).text();
    expect(page).toContain("Brouillon — non déposé");
    expect(page).toContain("Only English so far.");
    const list = await (await get("/candidatures", alice)).text();
    expect(list).toContain("Projet partiel");
  });

  it("lists every missing element at once when submitting, and keeps the draft", async () => {
    const id = await start(alice, "Projet incomplet");
    const res = await post(`/candidatures/${id}/depot`, alice, {
      title: "Projet incomplet",
      language: "fr",
      summaryFr: "",
      summaryEn: "",
      partner_0_name: "Université Laval",
      partner_0_party: "qc",
      partner_0_kind: "university",
      partner_0_role: "partner",
      funding_qc: "200 000",
    });
    expect(res.status).toBe(422);
    const page = plain(await res.text());
    expect(page).toContain("Éléments manquants pour le dépôt");
    expect(page).toContain("7 éléments manquent");
    expect(page).toContain("Un résumé, en français ou en anglais.");
    expect(page).toContain("Au moins 1 partenaire de France");
    expect(page).toContain("Un partenaire chef de file");
    expect(page).toContain("La pièce jointe « Description scientifique » (PDF).");
    expect(page).toContain("Le montant demandé à la France (EUR).");
    expect(page).toContain("d’au plus 100 000 $ CA");
    expect(page).toContain("d’au plus 50 % du budget de ses partenaires");
    expect(await stored(id)).toMatchObject({ status: "draft", reference: null });
    expect(await count("application_partners", id)).toBe(1);
  });

  it("refuses a budget line in an unknown currency, saving nothing", async () => {
    const id = await start(alice, "Projet en dollars US");
    const res = await post(
      `/candidatures/${id}/brouillon`,
      alice,
      complete({ title: "Changé", budget_0_currency: "USD" }),
    );
    expect(res.status).toBe(422);
    const page = plain(await res.text());
    expect(page).toContain("devise inconnue");
    expect(page).toContain("Devise inconnue « USD »");
    expect(await count("application_partners", id)).toBe(0);
    expect((await stored(id))?.title).toBe("Projet en dollars US");

    const en = await post(
      `/en/candidatures/${id}/brouillon`,
      alice,
      complete({ budget_0_currency: "USD" }),
    );
    expect(en.status).toBe(422);
    expect(await en.text()).toContain("unknown currency");
  });

  it("refuses a file named .pdf that is not a PDF, saving nothing", async () => {
    const id = await start(alice, "Projet au faux PDF");
    const fake = new TextEncoder().encode("PK\u0003\u0004 not a pdf at all");
    const res = await post(
      `/candidatures/${id}/brouillon`,
      alice,
      complete({
        title: "Changé",
        [`document_${call.requiredDocumentId}`]: pdfFile(fake, "cv.pdf"),
      }),
    );
    expect(res.status).toBe(422);
    expect(plain(await res.text())).toContain("« cv.pdf » n’est pas un PDF lisible");
    expect(await count("application_attachments", id)).toBe(0);
    expect((await stored(id))?.title).toBe("Projet au faux PDF");
    // A file that starts like a PDF but is not one is refused too: the content is parsed.
    const truncated = new TextEncoder().encode("%PDF-1.7\n garbage");
    const again = await post(
      `/candidatures/${id}/brouillon`,
      alice,
      complete({ [`document_${call.requiredDocumentId}`]: pdfFile(truncated) }),
    );
    expect(again.status).toBe(422);
  });

  describe("a complete submission", () => {
    let id = "";
    let reference = "";

    beforeAll(async () => {
      id = await start(alice, "Graphite sphérique");
      const res = await post(`/candidatures/${id}/depot`, alice, complete());
      expect(res.status).toBe(303);
      reference = (await stored(id))?.reference ?? "";
      expect(res.headers.get("location")).toBe(`/candidatures/${reference}?ok=depose`);
    });

    it("gets a receipt number of the call's code and four digits, and is locked", async () => {
      expect(reference).toMatch(/^AAP-2026-01-\d{4}$/);
      const page = await (await get(`/candidatures/${reference}?ok=depose`, alice)).text();
      expect(page).toContain(`sous le numéro ${reference}`);
      expect(page).not.toContain("Brouillon — non déposé");
      expect(page).not.toContain('id="draft-form"');
      const again = await post(
        `/candidatures/${id}/brouillon`,
        alice,
        complete({ title: "Après" }),
      );
      expect(again.status).toBe(409);
      expect((await stored(id))?.title).toBe("Graphite sphérique");
    });

    it("produces a proof PDF with the reference and the version's SHA-256", async () => {
      const [version] = await t.db.query<{ sha256: string }>(
        `SELECT sha256 FROM application_versions WHERE application_id = $1`,
        [id],
      );
      const res = await get(`/candidatures/${reference}/accuse-de-reception.pdf`, alice);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const text = pdfText(new Uint8Array(await res.arrayBuffer()));
      expect(text).toContain(reference);
      expect(text).toContain(version?.sha256 as string);
      expect(text).toContain("heure du Québec");
      expect(text).toContain("heure de Paris");
      expect(text).toContain("Université Laval");
      expect(text).toContain("40 000 $ CA");
      const en = pdfText(
        new Uint8Array(
          await (
            await get(`/en/candidatures/${reference}/accuse-de-reception.pdf`, alice)
          ).arrayBuffer(),
        ),
      );
      expect(en).toContain("Proof of submission");
    });

    it("queues an e-mail to the owner with the reference and the link to the proof", async () => {
      const mails = await t.db.query<{ subject: string; body_text: string; files: number }>(
        `SELECT subject, body_text,
                (SELECT count(*)::int FROM mail_attachments a WHERE a.mail_id = m.id) AS files
           FROM mail_outbox m WHERE to_address = 'alice@example.org' AND subject_id = $1`,
        [reference],
      );
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toContain(reference);
      expect(mails[0]?.body_text).toContain(
        `http://localhost/candidatures/${reference}/accuse-de-reception.pdf`,
      );
      expect(mails[0]?.files).toBe(1);
    });

    it("is hidden (404) from another applicant, on pages and the API", async () => {
      expect((await get(`/candidatures/${reference}`, bob)).status).toBe(404);
      expect((await get(`/candidatures/${id}`, bob)).status).toBe(404);
      expect((await get(`/candidatures/${reference}/accuse-de-reception.pdf`, bob)).status).toBe(
        404,
      );
      expect((await post(`/candidatures/${id}/brouillon`, bob, complete())).status).toBe(404);
      expect((await t.api("GET", `/api/v1/applications/${reference}`, { as: bob })).status).toBe(
        404,
      );
      const list = (await (await t.api("GET", "/api/v1/applications", { as: bob })).json()) as {
        items: unknown[];
      };
      expect(list.items).toEqual([]);
    });

    it("is read by officials once submitted, drafts never", async () => {
      const member = await t.signIn("member-fr");
      expect((await get(`/candidatures/${reference}`, member)).status).toBe(200);
      const [draft] = await t.db.query<{ id: string }>(
        `SELECT id FROM applications WHERE status = 'draft' LIMIT 1`,
      );
      expect((await get(`/candidatures/${draft?.id}`, member)).status).toBe(404);
    });

    it("serves the submitted attachment to officials, never to another applicant", async () => {
      const member = await t.signIn("member-qc");
      const path = `/candidatures/${reference}/pieces/${call.requiredDocumentId}`;
      const res = await get(path, member);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);
      expect((await get(path, bob)).status).toBe(404);
    });

    it("serves the owner's applications through the API", async () => {
      const res = await t.api("GET", `/api/v1/applications/${reference}`, { as: alice });
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        reference: string;
        status: string;
        funding: { party: string; amount: string }[];
        version: { sha256: string };
      };
      expect(body).toMatchObject({ reference, status: "submitted" });
      expect(body.funding).toContainEqual({ party: "qc", amount: "40000.00", currency: "CAD" });
      expect(body.version.sha256).toMatch(/^[0-9a-f]{64}$/);
      const list = (await (await t.api("GET", "/api/v1/applications", { as: alice })).json()) as {
        items: { reference: string | null }[];
      };
      expect(list.items.map((i) => i.reference)).toContain(reference);
    });

    it("lets a consortium member invited by e-mail see and edit the application", async () => {
      const draft = await start(alice, "Projet en consortium");
      const res = await post(`/candidatures/${draft}/brouillon`, alice, {
        title: "Projet en consortium",
        language: "fr",
        members: "bob@example.org",
      });
      expect(res.status).toBe(303);
      expect((await get(`/candidatures/${draft}`, bob)).status).toBe(200);
      const [mail] = await t.db.query<{ subject: string }>(
        `SELECT subject FROM mail_outbox WHERE to_address = 'bob@example.org'`,
      );
      expect(mail?.subject).toContain("Invitation");
      // Bob edits, but the consortium stays the owner's to manage: his form has no such field.
      const edit = await post(`/candidatures/${draft}/brouillon`, bob, {
        title: "Titre de Bob",
        language: "fr",
      });
      expect(edit.status).toBe(303);
      expect((await stored(draft))?.title).toBe("Titre de Bob");
      expect((await get(`/candidatures/${draft}/retrait`, bob)).status).toBe(404);
    });
  });

  it("refuses a submission after the closing time by the server's clock (409)", async () => {
    const id = await start(alice, "Projet en retard");
    now = LATE;
    try {
      const res = await post(`/candidatures/${id}/depot`, alice, complete());
      expect(res.status).toBe(409);
      const page = plain(await res.text());
      expect(page).toContain("est clos depuis le 31 mars 2026, 17 h 00 (heure du Québec)");
      expect(page).toContain("31 mars 2026, 23 h 00 (heure de Paris)");
      expect(await stored(id)).toMatchObject({ status: "draft", reference: null });
    } finally {
      now = DURING;
    }
  });

  it("says a closed call takes no new application, before and after the form", async () => {
    now = LATE;
    try {
      const page = await get(`/appels/${call.code}/candidater`, alice);
      expect(page.status).toBe(409);
      const html = plain(await page.text());
      expect(html).toContain("aucune candidature ne peut plus y être créée");
      expect(html).not.toContain('name="title"');
      const res = await post(`/appels/${call.code}/candidater`, alice, {
        title: "Trop tard",
        language: "fr",
      });
      expect(res.status).toBe(409);
      const [row] = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM applications WHERE title = 'Trop tard'`,
      );
      expect(row?.n).toBe(0);
    } finally {
      now = DURING;
    }
  });

  it("withdraws before the closing time after a confirmation, and refuses after", async () => {
    const early = await start(alice, "Retrait à temps");
    const late = await start(alice, "Retrait tardif");
    for (const id of [early, late]) {
      expect((await post(`/candidatures/${id}/depot`, alice, complete())).status).toBe(303);
    }
    const confirm = await get(`/candidatures/${early}/retrait`, alice);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain("ce retrait est définitif");
    expect((await post(`/candidatures/${early}/retrait`, alice, {})).status).toBe(303);
    expect((await stored(early))?.status).toBe("withdrawn");
    const [audit] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'calls.application.withdraw'`,
    );
    expect(audit?.n).toBe(1);

    now = LATE;
    try {
      const res = await post(`/candidatures/${late}/retrait`, alice, {});
      expect(res.status).toBe(409);
      expect(await res.text()).toContain("ne peut plus être retirée après la clôture");
      expect((await stored(late))?.status).toBe("submitted");
    } finally {
      now = DURING;
    }
  });
});
